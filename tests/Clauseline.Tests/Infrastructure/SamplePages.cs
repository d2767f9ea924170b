namespace Clauseline.Tests.Infrastructure;

/// <summary>
/// Terms pages of a fictional platform, Northwind Cloud, written for these tests, with the clutter real
/// pages carry. The arguments make versions that differ in one clause.
/// </summary>
public static class SamplePages
{
    public static string Terms(int noticeDays = 30, string footerToken = "a1", string campaign = "spring") => $$"""
        <!DOCTYPE html>
        <html lang="en">
        <head><meta charset="utf-8"><title>Northwind Cloud Customer Agreement</title>
        <script>window.analytics = { session: "{{footerToken}}" };</script>
        <style>.banner { position: fixed; }</style></head>
        <body>
          <div id="cookie-banner" class="cookie-consent banner">We use cookies to improve your experience. <button>Accept all</button></div>
          <header class="site-header"><nav><a href="/">Home</a> <a href="/pricing">Pricing</a> <a href="/login">Sign in</a></nav></header>
          <main>
            <h1>Northwind Cloud Customer Agreement</h1>
            <p>Last updated: March 3, 2026</p>
            <h2>1. Your Account</h2>
            <p>1.1 You are responsible for all activity that occurs under your account, whether or not you authorised it.</p>
            <p>1.2 You must notify us promptly of any unauthorized access to your account or credentials.</p>
            <h2>2. Changes to this Agreement</h2>
            <p>We may modify this Agreement at any time by posting a revised version on our website. We will give you at least {{noticeDays}} days' notice of material changes before they take effect.</p>
            <h2>3. Fees</h2>
            <ol>
              <li>You will pay all fees in the currency stated on your order form.</li>
              <li>Fees are non-refundable except as required by law.</li>
            </ol>
            <h2>4. Limitation of Liability</h2>
            <p>TO THE EXTENT PERMITTED BY LAW, NEITHER PARTY WILL BE LIABLE FOR INDIRECT OR CONSEQUENTIAL DAMAGES. See our <a href="/legal/privacy?utm_source=terms&utm_campaign={{campaign}}&lang=en">Privacy Notice</a>.</p>
            <div class="feedback-widget">Was this page helpful? <button>Yes</button> <button>No</button></div>
          </main>
          <footer><p>© 2026 Northwind Cloud Ltd. <a href="/sitemap">Sitemap</a> Session {{footerToken}}</p>
            <div class="language-picker"><select><option>English</option><option>Deutsch</option></select></div></footer>
        </body>
        </html>
        """;

    public static string BotWall => """
        <!DOCTYPE html><html><head><title>Just a moment...</title></head>
        <body><h1>Checking your browser before accessing northwind.example</h1>
        <p>This process is automatic. Your browser will redirect to your requested content shortly.</p>
        <form id="challenge-form" action="/cdn-cgi/challenge" method="POST"><input type="hidden" name="r" value="x"></form></body></html>
        """;

    public static string LoginWall => """
        <!DOCTYPE html><html><head><title>Sign in</title></head>
        <body><main><h1>Sign in to continue</h1><form><label>Email <input type="email"></label>
        <label>Password <input type="password"></label><button>Sign in</button></form></main></body></html>
        """;

    /// <summary>A page whose terms only appear once its script has run.</summary>
    public static string ScriptRendered => """
        <!DOCTYPE html><html><head><title>Terms</title></head>
        <body><main id="app"><noscript>Please enable JavaScript to view this page.</noscript></main>
        <script>
          const clauses = [
            "1. Acceptance. By creating an account you agree to these Terms of Service of Northwind Cloud.",
            "2. Suspension. We may suspend your access if your use of the service threatens its security or integrity.",
            "3. Governing law. These terms are governed by the laws of the State of Delaware, without regard to its conflict of laws rules."
          ];
          const app = document.getElementById("app");
          const h = document.createElement("h1"); h.textContent = "Northwind Cloud Terms of Service"; app.appendChild(h);
          for (const c of clauses) { const p = document.createElement("p"); p.textContent = c; app.appendChild(p); }
        </script></body></html>
        """;
}

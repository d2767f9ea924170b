using Clauseline.Catalog;

namespace Clauseline.Tests.EndToEnd;

/// <summary>
/// The pages the fixture site plays for the journey: two fictional platforms, each with one document in two
/// versions that differ in substance (notice periods shortened, disputes sent to arbitration, data put to a new use).
/// </summary>
public static class JourneyTerms
{
    // ServedApp writes the catalog as northwind-cloud.json, and a catalog file must be named after its platform.
    public const string CloudSlug = "northwind-cloud";
    public const string CloudName = "Northwind Cloud";
    public const string CloudType = "customer-agreement";
    public const string CloudPath = "/legal/customer-agreement";

    public const string PaySlug = "harbour-pay";
    public const string PayName = "Harbour Pay";
    public const string PayType = "terms-of-service";
    public const string PayPath = "/legal/terms";

    public static string CatalogJson(string siteUrl) => $$"""
        { "name": "{{CloudName}}", "slug": "{{CloudSlug}}", "website": "{{siteUrl}}/",
          "documents": [ { "type": "{{CloudType}}", "urls": ["{{siteUrl}}{{CloudPath}}"], "select": ["main"] } ] }
        """;

    public static PlatformDeclaration Pay(string siteUrl) => new()
    {
        Name = PayName,
        Slug = PaySlug,
        Website = siteUrl + "/",
        Documents = [new DocumentDeclaration { Type = PayType, Urls = [siteUrl + PayPath], Select = ["main"] }],
    };

    public static string Cloud(bool changed) => Page("Northwind Cloud Customer Agreement", $"""
        <h2>1. Your Account</h2>
        <p>1.1 You are responsible for all activity that occurs under your account, including activity by people you did not authorise.</p>
        <p>1.2 You must tell us within 24 hours of learning of any unauthorised access to your account or its credentials.</p>
        <h2>2. Changes to this Agreement</h2>
        <p>2.1 We will give you at least {(changed ? 7 : 30)} days' notice before a material change to this Agreement takes effect.</p>
        <h2>3. Disputes</h2>
        <p>3.1 {(changed
            ? "Any dispute arising from this Agreement will be resolved by binding arbitration in Dublin, and you waive any right to take part in a class action."
            : "The courts of Ireland have exclusive jurisdiction over any dispute arising from this Agreement.")}</p>
        <h2>4. Limitation of Liability</h2>
        <p>4.1 Our total liability for any claim under this Agreement is limited to the fees you paid us in the twelve months before the claim.</p>
        """);

    public static string Pay(bool changed) => Page("Harbour Pay Terms of Service", $"""
        <h2>1. Fees</h2>
        <p>1.1 We may change our processing fees by telling you by email at least {(changed ? 14 : 60)} days before the new fees apply.</p>
        <h2>2. Payouts</h2>
        <p>2.1 We pay out your balance within two business days after each transaction settles.</p>
        <h2>3. Your Data</h2>
        <p>3.1 {(changed
            ? "We use transaction data to provide the payment services to you and to train the models that detect fraud across our network."
            : "We use transaction data only to provide the payment services to you.")}</p>
        """);

    private static string Page(string title, string body) => $"""
        <!DOCTYPE html>
        <html lang="en">
        <head><meta charset="utf-8"><title>{title}</title></head>
        <body>
          <header><nav><a href="/">Home</a> <a href="/pricing">Pricing</a> <a href="/login">Sign in</a></nav></header>
          <main>
            <h1>{title}</h1>
            {body}
          </main>
          <footer><p>© 2026. All rights reserved.</p></footer>
        </body>
        </html>
        """;
}

// Over 400 lines because it is data: the vocabulary and the page skeleton of a generated 200 KB terms
// page, kept in one place so the benchmark input can be read and changed at once.
using System.Globalization;
using System.Text;

namespace Clauseline.Bench;

/// <summary>
/// A synthetic terms page of about 200 KB for the extraction benchmark, built the way real legal pages
/// are (skip link, cookie banner, site header and navigation, breadcrumb, sidebar, an article of
/// numbered sections with nested lists and tables, feedback and share widgets, a large footer, scripts
/// and styles). The company, the product and every sentence are invented and assembled from a small
/// vocabulary by a fixed-seed generator, so the page is the same bytes on every run and machine.
/// </summary>
public static class TermsPage
{
    /// <summary>The page's address; links are relative to it.</summary>
    public const string Url = "https://www.quillmere.example/legal/terms?utm_source=newsletter&utm_medium=email";

    /// <summary>The selector of the element that holds the terms.</summary>
    public const string ContentSelector = "#terms";

    /// <summary>Size the page is grown to, in bytes of UTF-8.</summary>
    public const int TargetBytes = 200 * 1024;

    private const string Company = "Quillmere Ledger Systems Ltd.";
    private const string Short = "Quillmere";

    private static readonly Lazy<byte[]> Page = new(() => Encoding.UTF8.GetBytes(Generate(TargetBytes)));

    /// <summary>The page as UTF-8 bytes (generated once per process).</summary>
    public static byte[] Bytes => Page.Value;

    private static readonly string[] Headings =
    [
        "Definitions and Interpretation", "Accepting These Terms", "Accounts and Workspaces", "Ledger Records",
        "Fees, Invoices and Taxes", "Trial Periods and Credits", "Acceptable Use", "Customer Data",
        "Integrations and Connectors", "Service Levels", "Support", "Security of the Service",
        "Intellectual Property", "Feedback and Suggestions", "Confidential Information", "Warranties and Disclaimers",
        "Indemnities", "Limits on Liability", "Suspension", "Term, Renewal and Termination",
        "Effects of Termination", "Changes to the Service and to These Terms", "Notices", "Assignment and Subcontracting",
        "Events Beyond Reasonable Control", "Governing Law and Disputes", "Export and Sanctions", "General Provisions",
    ];

    private static readonly string[] Subheadings =
    [
        "Scope", "Eligibility", "Administrators", "Credentials", "Retention", "Payment Methods", "Late Payment",
        "Refunds", "Prohibited Conduct", "Monitoring", "Sub-processors", "Backups", "Maintenance Windows",
        "Escalation", "Ownership", "Licence to Us", "Exceptions", "Procedure", "Notice Periods", "Survival",
    ];

    private static readonly string[] Subjects =
    [
        "the Customer", Short, "each Party", "an Authorised User", "the Account Owner", "a Workspace Administrator",
        "the Reseller", "the receiving Party", "the Billing Contact",
    ];

    private static readonly string[] Modals = ["shall", "may", "must not", "will", "is entitled to", "agrees to", "undertakes to", "will promptly"];

    private static readonly string[] Actions =
    [
        "retain Ledger Records for the Retention Period", "suspend access to the affected Workspace",
        "notify the other Party in writing", "export Customer Data in a machine-readable format",
        "pay the Fees set out in the applicable Order Form", "keep all Credentials confidential",
        "use the Service only for its internal bookkeeping purposes", "reconcile the Opening Balances before the Go-Live Date",
        "provide the assistance reasonably requested", "delete the Imported Statements from its systems",
        "maintain an accurate list of Authorised Users", "correct any Posting Error reported through the Console",
        "apply the Rounding Rules published in the Help Centre", "restore the most recent Nightly Snapshot",
        "issue a Service Credit against the next invoice", "appoint a named Billing Contact",
        "review the Audit Trail at least once in every Quarter", "grant a limited, revocable licence to the Templates",
    ];

    private static readonly string[] Qualifiers =
    [
        "within thirty (30) days", "unless otherwise agreed in an Order Form", "to the extent permitted by applicable law",
        "save as expressly provided in these Terms", "upon reasonable prior notice", "at its sole discretion",
        "without undue delay", "in accordance with the Documentation", "during the Subscription Term",
        "for so long as the Account remains active", "in a commercially reasonable manner", "at no additional charge",
        "before the end of the current Billing Cycle", "as soon as reasonably practicable",
    ];

    private static readonly string[] Conditions =
    [
        "If an invoice remains unpaid", "Where a Workspace is shared between entities", "Following any Security Incident",
        "Where the Customer enables a Connector", "If the Customer exceeds the Posting Allowance",
        "Where a Ledger Record is locked", "On expiry of a Trial Period", "If a Service Level is missed",
        "Where applicable law requires it", "Except in the case of fraud",
    ];

    private static readonly string[] Terms =
    [
        "Account", "Authorised User", "Billing Cycle", "Connector", "Console", "Customer Data", "Documentation",
        "Fees", "Ledger Record", "Nightly Snapshot", "Order Form", "Posting Allowance", "Retention Period",
        "Service", "Service Credit", "Subscription Term", "Templates", "Workspace",
    ];

    private static readonly (string Label, string Path)[] Links =
    [
        ("Privacy Notice", "/legal/privacy"), ("Acceptable Use Rules", "/legal/acceptable-use"),
        ("Data Processing Addendum", "/legal/data-processing"), ("list of Sub-processors", "/legal/sub-processors"),
        ("Service Level Schedule", "/legal/service-levels"), ("billing guide", "/help/billing"),
        ("export guide", "/help/exports"), ("status page", "https://status.quillmere.example/"),
        ("Security Overview", "/legal/security"), ("Cookie Notice", "/legal/cookies"),
    ];

    private static readonly string[] Tracking =
    [
        "utm_source=terms&utm_medium=link&utm_campaign=legal-2026", "utm_source=footer&utm_content=legal",
        "ref=terms&gclid=Cj0KCQ-invented-7731", "utm_campaign=renewal&fbclid=IwAR-invented-0042&lang=en",
        "section=billing&utm_term=fees", "",
    ];

    /// <summary>Writes the page, growing the article section by section until it reaches about <paramref name="targetBytes"/>.</summary>
    public static string Generate(int targetBytes)
    {
        var random = new SplitMix(0x5EED_C1A5);
        var head = new StringBuilder();
        WriteHead(head);
        WriteChrome(head);
        var tail = new StringBuilder();
        WriteTail(tail, random);

        var article = new StringBuilder();
        article.Append("<article id=\"terms\" class=\"legal-document\">\n");
        article.Append("<header class=\"document-header\"><h1>").Append(Short).Append(" Terms of Service</h1>\n");
        article.Append("<p class=\"effective\">Effective date: <time datetime=\"2026-09-01\">1 September 2026</time>. Previous version: <a href=\"/legal/terms/archive/2025?utm_source=terms\">1 March 2025</a>.</p></header>\n");
        article.Append("<p class=\"intro\">These Terms of Service (the <strong>Terms</strong>) govern access to the ledger and reconciliation service operated by ")
            .Append(Company).Append(" (<strong>").Append(Short).Append("</strong>, <em>we</em>, <em>us</em>). Please read them together with the ")
            .Append(Link(random, "Privacy Notice", "/legal/privacy")).Append(" and the ").Append(Link(random, "Acceptable Use Rules", "/legal/acceptable-use")).Append(".</p>\n");
        WriteTableOfContents(article);

        const string articleEnd = "<p class=\"document-end\">End of the Terms of Service.</p>\n</article>\n";
        var size = Encoding.UTF8.GetByteCount(head.ToString()) + Encoding.UTF8.GetByteCount(tail.ToString()) + articleEnd.Length;
        var section = 0;
        var tablesWritten = 0;
        while (size + Encoding.UTF8.GetByteCount(article.ToString()) < targetBytes)
        {
            section++;
            var start = article.Length;
            WriteSection(article, random, section, ref tablesWritten);
            if (size + Encoding.UTF8.GetByteCount(article.ToString()) > targetBytes + 4096 && section > 1)
            {
                // The last section overshot by more than 4 KB: drop it and write a short closing one instead.
                article.Length = start;
                WriteShortSection(article, random, section);
                break;
            }
        }
        article.Append(articleEnd);
        return head.Append(article).Append(tail).ToString();
    }

    private static void WriteHead(StringBuilder html)
    {
        html.Append("""
            <!DOCTYPE html>
            <html lang="en-GB" class="no-js">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Terms of Service | Quillmere Ledger</title>
            <meta name="description" content="The terms that apply to Quillmere Ledger subscriptions.">
            <link rel="canonical" href="https://www.quillmere.example/legal/terms">
            <link rel="stylesheet" href="/assets/site.4f9c1e.css">
            <link rel="alternate" hreflang="de" href="https://www.quillmere.example/de/legal/terms">
            <style>
            :root{--ink:#1d2330;--accent:#3b5bdb;--muted:#6b7280}
            body{font-family:system-ui,sans-serif;color:var(--ink);margin:0}
            .site-header{display:flex;align-items:center;justify-content:space-between;padding:1rem 2rem}
            .legal-document h2{margin-top:2.5rem;border-bottom:1px solid #e5e7eb}
            .legal-document p.clause{margin:.6rem 0}
            .cookie-banner{position:fixed;bottom:0;left:0;right:0;background:#fff;box-shadow:0 -2px 8px rgba(0,0,0,.15)}
            .visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
            table.schedule{border-collapse:collapse;width:100%}table.schedule td,table.schedule th{border:1px solid #d1d5db;padding:.4rem}
            </style>
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"WebPage","name":"Terms of Service","publisher":{"@type":"Organization","name":"Quillmere Ledger Systems Ltd.","url":"https://www.quillmere.example/"}}</script>
            <script>document.documentElement.className=document.documentElement.className.replace('no-js','js');window.qlDataLayer=window.qlDataLayer||[];function qlt(){qlDataLayer.push(arguments)}qlt('init',{page:'legal/terms',consent:'pending'});</script>
            </head>
            <body class="page-legal">

            """);
    }

    private static void WriteChrome(StringBuilder html)
    {
        html.Append("""
            <a class="skip-link" href="#main-content">Skip to main content</a>
            <div id="cookie-consent" class="cookie-banner" role="dialog" aria-label="Cookie preferences">
            <p>We use cookies to keep you signed in, remember your preferences and measure how our pages are used. Choose <a href="/legal/cookies?utm_source=banner">which cookies</a> you allow.</p>
            <button type="button" class="btn accept-all">Accept all</button> <button type="button" class="btn reject-all">Reject optional</button> <button type="button" class="btn settings">Settings</button>
            </div>
            <div class="announcement-bar" style="display:none"><p>Scheduled maintenance on Sunday between 02:00 and 04:00 UTC.</p></div>
            <header class="site-header" role="banner">
            <a class="logo" href="/?utm_source=terms&amp;utm_medium=logo"><svg aria-hidden="true" width="24" height="24" viewBox="0 0 24 24"><path d="M4 4h16v16H4z"/></svg> Quillmere</a>
            <nav class="primary-nav" aria-label="Primary">
            <ul>
            <li><a href="/product?utm_source=nav">Product</a><ul class="submenu"><li><a href="/product/ledger">Ledger</a></li><li><a href="/product/reconcile">Reconcile</a></li><li><a href="/product/reports">Reports</a></li><li><a href="/product/connectors">Connectors</a></li></ul></li>
            <li><a href="/pricing?utm_source=nav">Pricing</a></li>
            <li><a href="/customers?utm_source=nav">Customers</a></li>
            <li><a href="/partners?utm_source=nav">Partners</a></li>
            <li><a href="/help?utm_source=nav">Help Centre</a></li>
            <li><a href="/blog?utm_source=nav">Blog</a></li>
            </ul>
            </nav>
            <div class="header-actions"><a href="/login">Sign in</a> <a class="btn" href="/signup?plan=trial&amp;utm_source=header">Start a free trial</a></div>
            <div class="language-picker"><button type="button" aria-haspopup="listbox">English (UK)</button><ul role="listbox"><li>Deutsch</li><li>Français</li><li>Español</li><li>Nederlands</li></ul></div>
            </header>
            <div class="page-layout">
            <nav class="breadcrumb" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/legal">Legal</a></li><li aria-current="page">Terms of Service</li></ol></nav>
            <aside class="legal-sidebar" role="complementary">
            <h2 class="sidebar-title">Legal documents</h2>
            <ul>
            <li><a href="/legal/terms" aria-current="page">Terms of Service</a></li>
            <li><a href="/legal/privacy?utm_source=sidebar">Privacy Notice</a></li>
            <li><a href="/legal/data-processing?utm_source=sidebar">Data Processing Addendum</a></li>
            <li><a href="/legal/sub-processors?utm_source=sidebar">Sub-processors</a></li>
            <li><a href="/legal/acceptable-use?utm_source=sidebar">Acceptable Use Rules</a></li>
            <li><a href="/legal/service-levels?utm_source=sidebar">Service Levels</a></li>
            <li><a href="/legal/cookies?utm_source=sidebar">Cookie Notice</a></li>
            </ul>
            </aside>
            <main id="main-content" class="legal-main">

            """);
    }

    private static void WriteTail(StringBuilder html, SplitMix random)
    {
        html.Append("""
            <div class="feedback-widget" aria-label="Was this page helpful?"><p>Was this page helpful?</p><button type="button">Yes</button> <button type="button">No</button></div>
            <div class="share-bar"><a href="https://social.example/share?u=https%3A%2F%2Fwww.quillmere.example%2Flegal%2Fterms">Share</a> <a href="mailto:?subject=Quillmere%20terms">Email</a> <a href="javascript:window.print()">Print</a></div>
            </main>
            </div>
            <footer class="site-footer" role="contentinfo">
            <div class="footer-columns">

            """);
        string[] columns = ["Product", "Company", "Resources", "Legal"];
        string[] items = ["Overview", "Pricing", "Security", "Status", "Careers", "Press", "Contact", "Guides", "Webinars", "Templates", "Community", "Changelog"];
        foreach (var column in columns)
        {
            html.Append("<div class=\"footer-column\"><h3>").Append(column).Append("</h3><ul>");
            for (var i = 0; i < 8; i++)
            {
                var item = items[random.Next(items.Length)];
                html.Append("<li><a href=\"/").Append(column.ToLowerInvariant()).Append('/').Append(item.ToLowerInvariant())
                    .Append("?utm_source=footer&amp;utm_medium=link\">").Append(item).Append("</a></li>");
            }
            html.Append("</ul></div>\n");
        }
        html.Append("""
            </div>
            <form class="newsletter-signup" action="/newsletter" method="post"><label for="nl-email">Monthly product notes</label><input id="nl-email" type="email" name="email"><button type="submit">Subscribe</button></form>
            <p class="legal-line">© 2026 Quillmere Ledger Systems Ltd. Registered office: 14 Invented Row, Fictionville, FV1 2QL. Company number 00000000 (a fictional company).</p>
            </footer>
            <div class="back-to-top"><a href="#top">Back to top</a></div>
            <script src="/assets/site.81aa2d.js" defer></script>
            <script>(function(){var b=document.getElementById('cookie-consent');if(!b)return;b.querySelector('.accept-all').addEventListener('click',function(){qlt('consent','granted');b.remove();});})();</script>
            </body>
            </html>

            """);
    }

    private static void WriteTableOfContents(StringBuilder html)
    {
        html.Append("<nav class=\"toc\" aria-label=\"Contents\"><h2 class=\"visually-hidden\">Contents</h2><ol>");
        for (var i = 0; i < Headings.Length; i++)
            html.Append("<li><a href=\"#section-").Append(i + 1).Append("\">").Append(Headings[i]).Append("</a></li>");
        html.Append("</ol></nav>\n");
    }

    private static void WriteSection(StringBuilder html, SplitMix random, int number, ref int tablesWritten)
    {
        var heading = Headings[(number - 1) % Headings.Length];
        if (number > Headings.Length)
            heading += " (Part " + (((number - 1) / Headings.Length) + 1).ToString(CultureInfo.InvariantCulture) + ")";
        html.Append("<section id=\"section-").Append(number).Append("\" class=\"terms-section\">\n<h2>").Append(number).Append(". ").Append(heading).Append("</h2>\n");
        var subsections = 2 + random.Next(3);
        for (var sub = 1; sub <= subsections; sub++)
        {
            html.Append("<h3 id=\"section-").Append(number).Append('-').Append(sub).Append("\">").Append(number).Append('.').Append(sub).Append(' ')
                .Append(Subheadings[random.Next(Subheadings.Length)]).Append("</h3>\n");
            var paragraphs = 2 + random.Next(4);
            for (var clause = 1; clause <= paragraphs; clause++)
            {
                html.Append("<p class=\"clause\"><span class=\"clause-number\">").Append(number).Append('.').Append(sub).Append('.').Append(clause).Append("</span> ");
                AppendSentences(html, random, 2 + random.Next(3));
                html.Append("</p>\n");
            }
            if (sub == 1 && number % 8 == 3)
            {
                WriteTable(html, random, ++tablesWritten);
                continue;
            }
            switch (random.Next(3))
            {
                case 0:
                    WriteNestedList(html, random, ordered: true);
                    break;
                case 1:
                    WriteNestedList(html, random, ordered: false);
                    break;
                default:
                    html.Append("<div class=\"callout note\"><p><strong>Note:</strong> ");
                    AppendSentences(html, random, 1);
                    html.Append("</p></div>\n");
                    break;
            }
        }
        if (number % 5 == 0)
            html.Append("<p class=\"back\"><a href=\"#terms\">Back to contents</a></p>\n");
        html.Append("</section>\n");
    }

    private static void WriteShortSection(StringBuilder html, SplitMix random, int number)
    {
        html.Append("<section id=\"section-").Append(number).Append("\" class=\"terms-section\">\n<h2>").Append(number).Append(". Contact</h2>\n<p class=\"clause\">");
        AppendSentences(html, random, 2);
        html.Append(" Questions about these Terms can be sent to <a href=\"mailto:legal@quillmere.example\">legal@quillmere.example</a>.</p>\n</section>\n");
    }

    private static void WriteNestedList(StringBuilder html, SplitMix random, bool ordered)
    {
        var tag = ordered ? "ol" : "ul";
        html.Append('<').Append(tag).Append(ordered ? " type=\"a\">" : ">").Append('\n');
        var items = 3 + random.Next(4);
        for (var i = 0; i < items; i++)
        {
            html.Append("<li>");
            AppendSentences(html, random, 1);
            if (random.Next(3) == 0)
            {
                html.Append("\n<ol type=\"i\">");
                var inner = 2 + random.Next(3);
                for (var j = 0; j < inner; j++)
                {
                    html.Append("<li>");
                    AppendClause(html, random);
                    html.Append(';');
                    if (j == 0 && random.Next(2) == 0)
                    {
                        html.Append("<ul><li>");
                        AppendClause(html, random);
                        html.Append("</li><li>");
                        AppendClause(html, random);
                        html.Append("</li></ul>");
                    }
                    html.Append("</li>");
                }
                html.Append("</ol>\n");
            }
            html.Append("</li>\n");
        }
        html.Append("</").Append(tag).Append(">\n");
    }

    private static void WriteTable(StringBuilder html, SplitMix random, int number)
    {
        string[] plans = ["Starter", "Team", "Business", "Enterprise", "Partner", "Non-profit", "Education", "Sandbox"];
        html.Append("<div class=\"table-wrapper\"><table class=\"schedule\">\n<caption>Schedule ").Append(number).Append(": plans, allowances and service levels</caption>\n");
        html.Append("<thead><tr><th scope=\"col\">Plan</th><th scope=\"col\">Monthly fee (EUR)</th><th scope=\"col\">Posting Allowance</th><th scope=\"col\">Retention Period</th><th scope=\"col\">Monthly uptime</th><th scope=\"col\">Service Credit</th></tr></thead>\n<tbody>\n");
        foreach (var plan in plans)
        {
            var fee = 9 + random.Next(400);
            var postings = (1 + random.Next(200)) * 500;
            var retention = 1 + random.Next(10);
            var uptime = 99.0 + (random.Next(10) / 10.0);
            var credit = 5 + (random.Next(6) * 5);
            html.Append(string.Create(CultureInfo.InvariantCulture,
                $"<tr><th scope=\"row\">{plan}</th><td>{fee}.00</td><td>{postings:N0} postings</td><td>{retention} {(retention == 1 ? "year" : "years")}</td><td>{uptime:F1}%</td><td>{credit}% of the monthly fee</td></tr>\n"));
        }
        html.Append("</tbody>\n<tfoot><tr><td colspan=\"6\">Fees exclude VAT and other sales taxes. See ")
            .Append(Link(random, "Billing help", "/help/billing")).Append(".</td></tr></tfoot>\n</table></div>\n");
    }

    private static void AppendSentences(StringBuilder html, SplitMix random, int count)
    {
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
                html.Append(' ');
            var conditional = random.Next(3) == 0;
            if (conditional)
                html.Append(Conditions[random.Next(Conditions.Length)]).Append(", ");
            var start = html.Length;
            AppendClause(html, random);
            if (!conditional && html[start] is >= 'a' and <= 'z')
                html[start] = char.ToUpperInvariant(html[start]);
            switch (random.Next(6))
            {
                case 0:
                    var (label, path) = Links[random.Next(Links.Length)];
                    html.Append(", as described in the ").Append(Link(random, label, path));
                    break;
                case 1:
                    html.Append(", subject to Section ").Append(1 + random.Next(Headings.Length)).Append('.').Append(1 + random.Next(4));
                    break;
                case 2:
                    html.Append(" (see the <em>").Append(Terms[random.Next(Terms.Length)]).Append("</em> definition)");
                    break;
            }
            html.Append('.');
        }
    }

    private static void AppendClause(StringBuilder html, SplitMix random)
    {
        html.Append(Subjects[random.Next(Subjects.Length)]).Append(' ').Append(Modals[random.Next(Modals.Length)]).Append(' ');
        var action = Actions[random.Next(Actions.Length)];
        if (random.Next(4) == 0)
        {
            // Emphasise a defined term, as terms pages often do.
            var term = Terms.FirstOrDefault(t => action.Contains(t, StringComparison.Ordinal));
            action = term is null ? action : action.Replace(term, "<strong class=\"defined-term\">" + term + "</strong>", StringComparison.Ordinal);
        }
        html.Append(action).Append(' ').Append(Qualifiers[random.Next(Qualifiers.Length)]);
    }

    private static string Link(SplitMix random, string label, string path)
    {
        var query = Tracking[random.Next(Tracking.Length)];
        var href = query.Length == 0 ? path : path + (path.Contains('?', StringComparison.Ordinal) ? "&" : "?") + query;
        return "<a href=\"" + href.Replace("&", "&amp;", StringComparison.Ordinal) + "\">" + label + "</a>";
    }

    /// <summary>SplitMix64: a tiny generator whose sequence is fixed by its seed on every runtime.</summary>
    private sealed class SplitMix(ulong seed)
    {
        private ulong _state = seed;

        public int Next(int maxExclusive)
        {
            _state += 0x9E3779B97F4A7C15;
            var z = _state;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EB;
            z ^= z >> 31;
            return (int)(z % (ulong)maxExclusive);
        }
    }
}

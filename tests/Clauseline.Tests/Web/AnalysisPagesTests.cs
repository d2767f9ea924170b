using System.Net;
using Clauseline.Analysis;
using Clauseline.Analysis.Exposure;
using Clauseline.App.Analysis;
using Clauseline.Archive;
using Clauseline.Catalog;
using Clauseline.Records;
using Clauseline.Segmentation;
using Clauseline.Tests.Infrastructure;

namespace Clauseline.Tests.Web;

/// <summary>
/// The analysis pages, read over HTTP as a visitor would, on two fictional platforms whose terms each hold an
/// arbitration clause, an account-responsibility clause and a governing-law clause: Northwind Cloud's worded hard
/// (a jury-trial waiver, all activity under the account), Bluefin Hosting's softer (an opt-out, authorised use only).
/// </summary>
public sealed class AnalysisPagesTests(PostgresServer postgres)
{
    public static TheoryData<string> Databases => ["sqlite", "postgres"];

    private const string Catalog = """
        { "name": "Northwind Cloud", "slug": "northwind-cloud", "website": "https://northwind.example/",
          "documents": [ { "type": "terms-of-service", "urls": ["https://northwind.example/legal/terms"] } ] }
        """;

    private const string NorthwindTerms = """
        # Northwind Cloud Terms of Service

        ## 1. Your account

        1.1 You are responsible for all activity that occurs under your account and for every charge it incurs.

        1.2 You must keep your password and API keys confidential.

        ## 2. Disputes

        2.1 Any dispute arising out of or relating to these terms shall be resolved exclusively by final and binding arbitration, and you waive any right to a jury trial.

        2.2 These terms are governed by the laws of the State of Delaware, without regard to its conflict of laws rules.

        """;

    private const string BluefinTerms = """
        # Bluefin Hosting Terms of Service

        ## 3. Accounts

        3.1 You are responsible for the activity on your account and for keeping your sign-in details safe.

        ## 7. Resolving disputes

        7.1 Disputes arising from these terms will be settled by binding arbitration, unless you opt out of arbitration by writing to us within 30 days of accepting these terms.

        7.2 These terms are governed by the laws of England and Wales.

        """;

    private const string Northwind = "/platforms/northwind-cloud/terms-of-service";

    private sealed record Seeded(ServedApp App) : IAsyncDisposable
    {
        /// <summary>The stable id of the provision of a platform's terms whose text starts with <paramref name="start"/>.</summary>
        public async Task<string> ProvisionIdAsync(string platform, string start)
        {
            var document = (await App.Store.GetDocumentsAsync()).Single(d => d.PlatformSlug == platform);
            var version = (await App.Store.GetLatestVersionAsync(document.Id))!;
            var ids = (await App.Store.GetProvisionIdsAsync(version.Id))!;
            var provisions = ProvisionSplitter.Split(version.Text);
            return ids[provisions.ToList().FindIndex(p => p.Text.StartsWith(start, StringComparison.Ordinal))];
        }

        public Task<string> GetAsync(string path) => App.Client.GetStringAsync(path, TestContext.Current.CancellationToken);

        public Task<HttpResponseMessage> ResponseAsync(string path) => App.Client.GetAsync(path, TestContext.Current.CancellationToken);

        public ValueTask DisposeAsync() => App.DisposeAsync();
    }

    private static async Task<Seeded> StartAsync(string kind, PostgresServer postgres)
    {
        var app = await ServedApp.StartAsync(kind, postgres, Catalog);
        var northwind = (await app.Store.GetDocumentsAsync()).Single();
        var (bluefin, _, _) = await app.Store.EnsureImportedDocumentAsync("Bluefin Hosting", DocumentTypes.Find("terms-of-service")!);
        var at = new DateTimeOffset(2026, 2, 1, 9, 0, 0, TimeSpan.Zero);
        await app.Store.AppendImportedVersionsAsync(northwind.Id, [new NewVersion(VersionKinds.Change, "import", NorthwindTerms, at, null, null, null, [], "test:northwind/0.md")]);
        await app.Store.AppendImportedVersionsAsync(bluefin.Id, [new NewVersion(VersionKinds.Change, "import", BluefinTerms, at, null, null, null, [], "test:bluefin/0.md")]);
        await new ChangeRecorder(app.Store).RecordAsync([northwind.Id, bluefin.Id]);
        return new Seeded(app);
    }

    /// <summary>The exposure score the pages should show for a clause of a category under a named profile.</summary>
    private static int Score(string category, string clause, string profile) =>
        ExposureRater.Default.Rate(category, clause, profile == "unknown" ? Profile.Unknown : Profiles.Find(profile)!).Score;

    private static string Clause(string terms, string start) =>
        terms.Split('\n').Single(l => l.StartsWith(start, StringComparison.Ordinal)).Trim();

    [Theory, MemberData(nameof(Databases))]
    public async Task A_provision_page_shows_its_categories_exposure_excerpt_reading_other_platforms_and_analysis(string kind)
    {
        await using var seeded = await StartAsync(kind, postgres);
        var arbitration = await seeded.ProvisionIdAsync("northwind-cloud", "2.1 Any dispute");

        var html = await seeded.GetAsync($"{Northwind}/provisions/{arbitration}");

        Assert.Contains("<a href=\"/categories/arbitration\">Arbitration</a>", html, StringComparison.Ordinal);
        Assert.Contains("class=\"badge exposure ", html, StringComparison.Ordinal);
        Assert.Contains($"score {Score("arbitration", Clause(NorthwindTerms, "2.1"), "unknown")} of 100", html, StringComparison.Ordinal);
        Assert.Contains("Excerpt from Northwind Cloud’s Terms of Service", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"reading\">In plain language</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<h4>Evidence</h4>", html, StringComparison.Ordinal);
        // Bluefin lets customers opt out of arbitration; Northwind adds a jury-trial waiver: Bluefin's is better for them.
        var others = html[html.IndexOf("<h2 id=\"others\">", StringComparison.Ordinal)..html.IndexOf("<h2 id=\"compliance\">", StringComparison.Ordinal)];
        Assert.Contains("<a href=\"/platforms/bluefin-hosting\">Bluefin Hosting</a>", others, StringComparison.Ordinal);
        Assert.Contains("more favourable to the customer", others, StringComparison.Ordinal);
        Assert.DoesNotContain("Northwind Cloud</a>", others, StringComparison.Ordinal);
        // A visitor reads the first part of the compliance analysis; the other four are for Compliance organisations.
        Assert.Contains("1. Regulatory landscape", html, StringComparison.Ordinal);
        Assert.Contains("The rest of the analysis is part of the Compliance plan", html, StringComparison.Ordinal);
        foreach (var part in new[] { "2. Governance exposure", "3. Jurisdiction flags", "4. Contract implications", "5. Compliance considerations" })
            Assert.DoesNotContain(part, html, StringComparison.Ordinal);
        Assert.Contains("It is not legal advice", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"timeline\">Timeline</h2>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_other_side_of_the_comparison_is_less_favourable()
    {
        await using var seeded = await StartAsync("sqlite", postgres);
        var arbitration = await seeded.ProvisionIdAsync("bluefin-hosting", "7.1 Disputes");

        var html = await seeded.GetAsync($"/platforms/bluefin-hosting/terms-of-service/provisions/{arbitration}");

        var others = html[html.IndexOf("<h2 id=\"others\">", StringComparison.Ordinal)..];
        Assert.Contains("<a href=\"/platforms/northwind-cloud\">Northwind Cloud</a>", others, StringComparison.Ordinal);
        Assert.Contains("less favourable to the customer", others, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Choosing_a_profile_changes_the_exposure_of_a_clause_that_depends_on_it()
    {
        await using var seeded = await StartAsync("sqlite", postgres);
        var account = await seeded.ProvisionIdAsync("northwind-cloud", "1.1 You are responsible");
        var clause = Clause(NorthwindTerms, "1.1");
        var unknown = Score("account-responsibility", clause, "unknown");
        var health = Score("account-responsibility", clause, "us-health-provider");
        Assert.NotEqual(unknown, health);

        var plain = await seeded.GetAsync($"{Northwind}/provisions/{account}");
        var chosen = await seeded.GetAsync($"{Northwind}/provisions/{account}?profile=us-health-provider");

        Assert.Contains($"score {unknown} of 100", plain, StringComparison.Ordinal);
        Assert.Contains($"score {health} of 100", chosen, StringComparison.Ordinal);
        Assert.Contains("<option value=\"us-health-provider\" selected>", chosen, StringComparison.Ordinal);
        Assert.Contains("multi-factor authentication is enforced", chosen, StringComparison.Ordinal);
        Assert.DoesNotContain("multi-factor authentication is enforced", plain, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await seeded.ResponseAsync($"{Northwind}/provisions/{account}?profile=martian")).StatusCode);
    }

    [Fact]
    public async Task A_category_page_lists_every_platforms_handling_and_the_regulations_it_touches()
    {
        await using var seeded = await StartAsync("sqlite", postgres);
        var northwind = await seeded.ProvisionIdAsync("northwind-cloud", "2.1 Any dispute");
        var bluefin = await seeded.ProvisionIdAsync("bluefin-hosting", "7.1 Disputes");

        var html = await seeded.GetAsync("/categories/arbitration?profile=eu-consumer");
        var index = await seeded.GetAsync("/categories");

        Assert.Contains("<h1>Arbitration</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"kicker\">Disputes</p>", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"regulations\">Regulations it touches</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<h3 id=\"platform-northwind-cloud\"><a href=\"/platforms/northwind-cloud\">Northwind Cloud</a></h3>", html, StringComparison.Ordinal);
        Assert.Contains("<h3 id=\"platform-bluefin-hosting\"><a href=\"/platforms/bluefin-hosting\">Bluefin Hosting</a></h3>", html, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"{Northwind}/provisions/{northwind}?profile=eu-consumer\">", html, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/platforms/bluefin-hosting/terms-of-service/provisions/{bluefin}?profile=eu-consumer\">", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"group-disputes\">Disputes</h2>", index, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/categories/arbitration\">Arbitration</a></th>", index, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_comparison_puts_two_platforms_side_by_side_and_refuses_one_or_five()
    {
        await using var seeded = await StartAsync("sqlite", postgres);

        var html = await seeded.GetAsync("/compare?platforms=northwind-cloud,bluefin-hosting");
        var one = await seeded.ResponseAsync("/compare?platforms=northwind-cloud");
        var five = await seeded.ResponseAsync("/compare?platforms=northwind-cloud,bluefin-hosting,a,b,c");
        var unknown = await seeded.ResponseAsync("/compare?platforms=northwind-cloud,nobody-at-all");
        var form = await seeded.ResponseAsync("/compare?with=northwind-cloud");

        Assert.Contains("<h1>Northwind Cloud vs Bluefin Hosting</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\"><a href=\"/platforms/northwind-cloud\">Northwind Cloud</a></th>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\"><a href=\"/platforms/bluefin-hosting\">Bluefin Hosting</a></th>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\"><a href=\"/categories/arbitration\">Arbitration</a></th>", html, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"{Northwind}/provisions/", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/platforms/bluefin-hosting/terms-of-service/provisions/", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, one.StatusCode);
        Assert.Contains("Choose from 2 to 4 platforms to compare; 1 platform was given.", await one.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, five.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("There is no platform &#x27;nobody-at-all&#x27;.", await unknown.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.Contains("value=\"northwind-cloud\" checked", await form.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_platform_page_has_a_scorecard_and_a_link_to_compare_it()
    {
        await using var seeded = await StartAsync("sqlite", postgres);

        var html = await seeded.GetAsync("/platforms/northwind-cloud");

        Assert.Contains("<h2 id=\"scorecard\">Scorecard</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/categories/arbitration\">Arbitration</a></th>", html, StringComparison.Ordinal);
        Assert.Contains("<h3 id=\"drivers\">The provisions that drive it</h3>", html, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"{Northwind}/provisions/", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/compare?with=northwind-cloud\">Compare Northwind Cloud with other platforms</a>", html, StringComparison.Ordinal);

        // The document has its own scorecard, for the profile chosen there.
        var document = await seeded.GetAsync($"{Northwind}?profile=eu-consumer");
        Assert.Contains("<h2 id=\"scorecard\">Scorecard</h2>", document, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/categories/arbitration?profile=eu-consumer\">Arbitration</a></th>", document, StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, (await seeded.App.Client.GetAsync($"{Northwind}?profile=martian", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task The_methodology_page_explains_the_method_and_credits_CLAUDETTE()
    {
        await using var seeded = await StartAsync("sqlite", postgres);

        var html = await seeded.GetAsync("/methodology");

        Assert.Contains("<h1>How Clauseline works</h1>", html, StringComparison.Ordinal);
        Assert.Contains("CLAUDETTE corpus, Galassi et al. 2024, CC BY 4.0", html, StringComparison.Ordinal);
        Assert.Contains("independent of the platforms it monitors", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/methodology\">Methodology</a>", html, StringComparison.Ordinal);
        foreach (var id in new[] { "fetching", "changes", "classification", "exposure", "accuracy", "limits" })
            Assert.Contains($"<h2 id=\"{id}\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_analysis_pages_load_on_an_empty_archive()
    {
        await using var app = await ServedApp.StartAsync("sqlite", postgres, Catalog);

        foreach (var path in new[] { "/categories", "/categories/arbitration", "/compare", "/platforms/northwind-cloud", "/methodology" })
            Assert.Equal(HttpStatusCode.OK, (await app.Client.GetAsync(path, TestContext.Current.CancellationToken)).StatusCode);
        Assert.Contains("No provision of the archive", await app.Client.GetStringAsync("/categories/arbitration", TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_version_is_in_the_analysis_on_the_next_visit()
    {
        await using var seeded = await StartAsync("sqlite", postgres);
        Assert.DoesNotContain("Bluefin Hosting", await seeded.GetAsync("/categories/unilateral-termination"), StringComparison.Ordinal);
        var bluefin = (await seeded.App.Store.GetDocumentsAsync()).Single(d => d.PlatformSlug == "bluefin-hosting");
        var added = BluefinTerms + "7.3 We may suspend or terminate your account at any time, for any reason, without notice.\n";
        await seeded.App.Store.AppendImportedVersionsAsync(bluefin.Id, [new NewVersion(VersionKinds.Change, "import", added, new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero), null, null, null, [], "test:bluefin/1.md")]);

        var html = await seeded.GetAsync("/categories/unilateral-termination");

        Assert.Contains("<a href=\"/platforms/bluefin-hosting\">Bluefin Hosting</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Readers_at_once_share_one_build_of_the_index()
    {
        await using var seeded = await StartAsync("sqlite", postgres);
        var index = seeded.App.Services.GetRequiredService<AnalysisIndex>();

        var snapshots = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => index.GetAsync(TestContext.Current.CancellationToken))));

        Assert.All(snapshots, s => Assert.Same(snapshots[0], s));
        Assert.Same(snapshots[0], await index.GetAsync(TestContext.Current.CancellationToken));
        Assert.Equal(["bluefin-hosting", "northwind-cloud"], snapshots[0].Documents.Select(d => d.Document.PlatformSlug).Order());
        Assert.All(snapshots[0].Documents.SelectMany(d => d.Provisions).Where(p => p.Provision.Kind == ProvisionKind.Heading), p => Assert.Empty(p.Categories));
        Assert.NotNull(snapshots[0].Find($"northwind-cloud/terms-of-service/{await seeded.ProvisionIdAsync("northwind-cloud", "2.1 Any dispute")}"));
    }
}

using System.Net;
using System.Text;
using Clauseline.Archive;
using Clauseline.Tests.Infrastructure;

namespace Clauseline.Tests.Web;

/// <summary>The server-rendered pages, read as a visitor would, without scripts.</summary>
public sealed class PagesTests(PostgresServer postgres)
{
    public static TheoryData<string> Databases => ["sqlite", "postgres"];

    private const string Catalog = """
        { "name": "Northwind Cloud", "slug": "northwind-cloud", "website": "https://northwind.example/",
          "documents": [
            { "type": "customer-agreement", "urls": ["https://northwind.example/legal/agreement"] },
            { "type": "privacy-policy", "urls": ["https://northwind.example/legal/privacy"] } ] }
        """;

    private static async Task<(ServedApp App, Document Agreement, Document Privacy)> StartAsync(string kind, PostgresServer postgres)
    {
        var app = await ServedApp.StartAsync(kind, postgres, Catalog);
        var documents = await app.Store.GetDocumentsAsync();
        var agreement = documents.Single(d => d.TypeId == "customer-agreement");
        var privacy = documents.Single(d => d.TypeId == "privacy-policy");
        var at = new DateTimeOffset(2026, 2, 1, 9, 0, 0, TimeSpan.Zero);
        foreach (var (text, day) in new[] { ("# Agreement\n\nWe give 30 days' notice of changes.\n", 0), ("# Agreement\n\nWe give 15 days' notice of changes. <script>alert(1)</script>\n", 5) })
        {
            await app.Store.RecordCheckAsync(new NewCheck(agreement.Id, at.AddDays(day), at.AddDays(day), "manual", CheckOutcomes.NewVersion, null, null, 200, "http", "1", "h",
                [new NewSnapshot(0, "https://northwind.example/legal/agreement", "https://northwind.example/legal/agreement", at.AddDays(day), "http", 200, "text/html", null, null, Encoding.UTF8.GetBytes(text))],
                new NewVersion(day == 0 ? VersionKinds.Initial : VersionKinds.Change, "fetch", text, at.AddDays(day), "1", "h", "s", [null])));
        }
        await app.Store.RecordCheckAsync(new NewCheck(privacy.Id, at, at, "scheduled", CheckOutcomes.Failed, "bot-wall", "the page is a bot check", 200, "http", "1", "h", [], null));
        return (app, agreement, privacy);
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task The_platform_list_shows_each_document_with_its_state(string kind)
    {
        var (app, _, _) = await StartAsync(kind, postgres);
        await using var _ = app;

        var html = await app.Client.GetStringAsync("/", TestContext.Current.CancellationToken);

        Assert.Contains("<a href=\"/platforms/northwind-cloud\">Northwind Cloud</a>", html, StringComparison.Ordinal);
        Assert.Contains("Customer Agreement", html, StringComparison.Ordinal);
        Assert.Contains("failing since 2026-02-01 09:00 UTC: bot-wall", html, StringComparison.Ordinal);
        Assert.Contains("<main id=\"main\">", html, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task The_document_page_shows_the_current_text_history_and_checks(string kind)
    {
        var (app, _, _) = await StartAsync(kind, postgres);
        await using var _ = app;

        var html = await app.Client.GetStringAsync("/platforms/northwind-cloud/customer-agreement", TestContext.Current.CancellationToken);

        Assert.Contains("We give 15 days&#x27; notice of changes. &lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)</script>", html, StringComparison.Ordinal);
        Assert.Contains("action=\"/platforms/northwind-cloud/customer-agreement/diff\"", html, StringComparison.Ordinal);
        Assert.Contains("https://northwind.example/legal/agreement", html, StringComparison.Ordinal);
        Assert.Contains("new-version", html, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task The_diff_is_shown_inline_and_side_by_side(string kind)
    {
        var (app, _, _) = await StartAsync(kind, postgres);
        await using var _ = app;

        var inline = await app.Client.GetStringAsync("/platforms/northwind-cloud/customer-agreement/diff", TestContext.Current.CancellationToken);
        var side = await app.Client.GetStringAsync("/platforms/northwind-cloud/customer-agreement/diff?view=side", TestContext.Current.CancellationToken);

        Assert.Contains("<del>30</del><ins>15</ins>", inline, StringComparison.Ordinal);
        Assert.Contains("1 line changed, 0 added, 0 removed", inline, StringComparison.Ordinal);
        Assert.Contains("class=\"diff side\"", side, StringComparison.Ordinal);
        Assert.Contains("<del>30</del>", side, StringComparison.Ordinal);
        Assert.Contains("<ins>15</ins>", side, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task A_version_page_shows_its_hashes_and_snapshot(string kind)
    {
        var (app, agreement, _) = await StartAsync(kind, postgres);
        await using var _ = app;
        var latest = (await app.Store.GetLatestVersionAsync(agreement.Id))!;

        var html = await app.Client.GetStringAsync($"/versions/{latest.Id}", TestContext.Current.CancellationToken);

        Assert.Contains(latest.ChainHash, html, StringComparison.Ordinal);
        Assert.Contains(latest.TextSha256, html, StringComparison.Ordinal);
        Assert.Contains("fetched 2026-02-06 09:00 UTC by http, HTTP 200", html, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task Unknown_pages_answer_not_found_with_a_message(string kind)
    {
        var (app, _, _) = await StartAsync(kind, postgres);
        await using var _ = app;

        var platform = await app.Client.GetAsync("/platforms/nowhere", TestContext.Current.CancellationToken);
        var document = await app.Client.GetAsync("/platforms/northwind-cloud/cookie-policy", TestContext.Current.CancellationToken);
        var diff = await app.Client.GetAsync("/platforms/northwind-cloud/privacy-policy/diff", TestContext.Current.CancellationToken);
        var version = await app.Client.GetAsync("/versions/99999", TestContext.Current.CancellationToken);
        var emptyDiff = await app.Client.GetAsync("/platforms/northwind-cloud/privacy-policy/diff?from=1&to=2", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, platform.StatusCode);
        Assert.Contains("There is no platform", await platform.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, document.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, diff.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, version.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, emptyDiff.StatusCode);
    }

    [Fact]
    public async Task The_failing_page_lists_failing_documents_with_their_reasons()
    {
        var (app, _, _) = await StartAsync("sqlite", postgres);
        await using var _ = app;

        var html = await app.Client.GetStringAsync("/failing", TestContext.Current.CancellationToken);

        Assert.Contains("Northwind Cloud / Privacy Policy", html, StringComparison.Ordinal);
        Assert.Contains("the page is a bot check", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Northwind Cloud / Customer Agreement", html, StringComparison.Ordinal);
    }
}

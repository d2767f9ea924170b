using System.Net;
using Clauseline.Archive;
using Clauseline.Search;
using Clauseline.Tests.Feeds;
using Clauseline.Tests.Infrastructure;
using Clauseline.Tests.Web;

namespace Clauseline.Tests.Search;

/// <summary>Search over HTTP on SQLite (FTS5) and PostgreSQL (tsvector), on the agreement of the feed tests.</summary>
public sealed class SearchTests(PostgresServer postgres)
{
    public static TheoryData<string> Databases => ["sqlite", "postgres"];

    private static async Task<(ServedApp App, IReadOnlyList<long> Versions)> StartAsync(string kind, PostgresServer postgres)
    {
        var app = await ServedApp.StartAsync(kind, postgres, ChangingAgreement.Catalog);
        return (app, await ChangingAgreement.SeedAsync(app.Store));
    }

    private static async Task<string> SearchAsync(ServedApp app, string q, params HttpStatusCode[] expected)
    {
        var response = await app.Client.GetAsync($"/search?q={Uri.EscapeDataString(q)}", TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True((expected.Length == 0 ? [HttpStatusCode.OK] : expected).Contains(response.StatusCode), $"{q}: {(int)response.StatusCode}\n{html}");
        return html;
    }

    private static async Task<string> LinkAsync(ServedApp app, string start)
    {
        var agreement = (await app.Store.GetDocumentsAsync()).Single(d => d.TypeId == "customer-agreement");
        var latest = (await app.Store.GetLatestVersionAsync(agreement.Id))!;
        await new Clauseline.Records.ChangeRecorder(app.Store).RecordAsync(agreement.Id);
        var ids = (await app.Store.GetProvisionIdsAsync(latest.Id))!;
        var index = Clauseline.Segmentation.ProvisionSplitter.Split(latest.Text).ToList().FindIndex(p => p.Text.StartsWith(start, StringComparison.Ordinal));
        return $"href=\"{ChangingAgreement.Page}/provisions/{ids[index]}\"";
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task Words_find_a_provision_with_its_matches_highlighted(string kind)
    {
        var (app, _) = await StartAsync(kind, postgres);
        await using var _ = app;

        var html = await SearchAsync(app, "confidential password");

        Assert.Contains(await LinkAsync(app, "1.1 "), html, StringComparison.Ordinal);
        Assert.Contains("<mark>password</mark>", html, StringComparison.Ordinal);
        Assert.Contains("<mark>confidential</mark>", html, StringComparison.Ordinal);
        Assert.Contains("Northwind &amp; Sons &lt;Cloud&gt; Customer Agreement, 1.1", html, StringComparison.Ordinal);
        Assert.DoesNotContain(await LinkAsync(app, "2.1 "), html, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task A_phrase_finds_its_words_together_and_in_order_only(string kind)
    {
        var (app, _) = await StartAsync(kind, postgres);
        await using var _ = app;

        var phrase = await SearchAsync(app, "\"written notice\"");
        var reversed = await SearchAsync(app, "\"notice written\"");

        Assert.Contains(await LinkAsync(app, "3.1 "), phrase, StringComparison.Ordinal);
        Assert.DoesNotContain(await LinkAsync(app, "2.1 "), phrase, StringComparison.Ordinal);
        Assert.Contains("Nothing matches", reversed, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task Clauses_under_a_matching_heading_rank_first(string kind)
    {
        var (app, _) = await StartAsync(kind, postgres);
        await using var _ = app;

        var html = await SearchAsync(app, "fees");

        var underHeading = html.IndexOf(await LinkAsync(app, "2.2 "), StringComparison.Ordinal);
        var inPassing = html.IndexOf(await LinkAsync(app, "3.2 "), StringComparison.Ordinal);
        Assert.True(underHeading > 0 && inPassing > 0, html);
        Assert.True(underHeading < inPassing, "a clause under the Fees heading ranks above one that mentions fees in passing");
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task Platforms_and_documents_are_found_by_name_and_alias(string kind)
    {
        var (app, _) = await StartAsync(kind, postgres);
        await using var _ = app;

        var platform = await SearchAsync(app, "northwind");
        var alias = await SearchAsync(app, "subscription agreement");

        Assert.Contains("<a href=\"/platforms/northwind-cloud\">Northwind &amp; Sons &lt;Cloud&gt;</a>", platform, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/platforms/northwind-cloud/customer-agreement\">", alias, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task Hostile_input_gets_an_answer_never_an_error(string kind)
    {
        var (app, _) = await StartAsync(kind, postgres);
        await using var _ = app;

        foreach (var q in new[] { "\"unbalanced", "NOT", "AND OR NOT", "fees OR", "fees*", "NEAR(fees notice)", "'; DROP TABLE versions; --", "title:fees", "^fees", "fees -", "ünïcödé ≠ 名前" })
            Assert.Contains("<main id=\"main\">", await SearchAsync(app, q), StringComparison.Ordinal);
        foreach (var q in new[] { "*", "\\", "(((", "\"\"" })
            Assert.Contains("That search has no words in it", await SearchAsync(app, q, HttpStatusCode.BadRequest), StringComparison.Ordinal);
        var script = await SearchAsync(app, "<script>alert(1)</script>");
        var empty = await SearchAsync(app, "", HttpStatusCode.BadRequest);
        var onlyExcluded = await SearchAsync(app, "-fees", HttpStatusCode.BadRequest);
        var tooLong = await SearchAsync(app, new string('x', 300), HttpStatusCode.BadRequest);
        var badPage = await app.Client.GetAsync("/search?q=fees&page=abc", TestContext.Current.CancellationToken);

        Assert.DoesNotContain("<script>alert(1)</script>", script, StringComparison.Ordinal);
        Assert.Contains("Type a word or two to search for.", empty, StringComparison.Ordinal);
        Assert.Contains("not only what to leave out", onlyExcluded, StringComparison.Ordinal);
        Assert.Contains("That search is 300 characters long; keep it to 200.", tooLong, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, badPage.StatusCode);
        Assert.Contains(await LinkAsync(app, "3.1 "), await SearchAsync(app, "written notice"), StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task A_new_version_replaces_the_old_text_in_the_index(string kind)
    {
        var (app, _) = await StartAsync(kind, postgres);
        await using var _ = app;
        Assert.Contains("Nothing matches", await SearchAsync(app, "arrears"), StringComparison.Ordinal);
        Assert.Contains("<mark>interest</mark>", await SearchAsync(app, "interest"), StringComparison.Ordinal);

        var agreement = (await app.Store.GetDocumentsAsync()).Single(d => d.TypeId == "customer-agreement");
        var latest = (await app.Store.GetLatestVersionAsync(agreement.Id))!;
        var text = latest.Text.Replace("2.3 Late payments accrue interest at one per cent a month.", "2.3 Invoices in arrears for sixty days suspend the services.", StringComparison.Ordinal);
        await ChangingAgreement.RecordAsync(app.Store, agreement.Id, text, VersionKinds.Change, DateTimeOffset.UtcNow);

        Assert.Contains("<mark>arrears</mark>", await SearchAsync(app, "arrears"), StringComparison.Ordinal);
        Assert.Contains("Nothing matches", await SearchAsync(app, "interest"), StringComparison.Ordinal);
        Assert.Equal(0, await app.Services.GetRequiredService<SearchIndex>().RefreshAsync(TestContext.Current.CancellationToken));
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task Many_results_are_paged(string kind)
    {
        var (app, _) = await StartAsync(kind, postgres);
        await using var _ = app;
        var agreement = (await app.Store.GetDocumentsAsync()).Single(d => d.TypeId == "customer-agreement");
        var clauses = string.Join("\n\n", Enumerable.Range(1, 45).Select(i => $"4.{i} The supplier shall keep record number {i} for audit."));
        await ChangingAgreement.RecordAsync(app.Store, agreement.Id, ChangingAgreement.First + "\n## 4. Records\n\n" + clauses + "\n", VersionKinds.Change, DateTimeOffset.UtcNow);

        var first = await SearchAsync(app, "audit");
        var third = await app.Client.GetStringAsync("/search?q=audit&page=3", TestContext.Current.CancellationToken);

        Assert.Contains("45 clauses, page 1 of 3", first, StringComparison.Ordinal);
        Assert.Contains("href=\"/search?q=audit&amp;page=2\" rel=\"next\"", first, StringComparison.Ordinal);
        Assert.Contains("<ol class=\"results\" start=\"41\">", third, StringComparison.Ordinal);
        Assert.Contains("rel=\"prev\"", third, StringComparison.Ordinal);
    }
}

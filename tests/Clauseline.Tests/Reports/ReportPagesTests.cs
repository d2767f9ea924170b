using System.Net;
using Clauseline.Accounts;
using Clauseline.Reports;
using Clauseline.Tests.Infrastructure;
using Clauseline.Tests.Web;

namespace Clauseline.Tests.Reports;

/// <summary>The report of a platform served by the web application: a printable page, and the JSON and CSV files.</summary>
public sealed class ReportPagesTests(PostgresServer postgres)
{
    public static TheoryData<string> Databases => ["sqlite", "postgres"];

    /// <summary>The app with the archive seeded and its client signed in as a member of an organisation on <paramref name="plan"/> (a visitor when null).</summary>
    private static async Task<ServedApp> StartAsync(string kind, PostgresServer postgres, Plan? plan = Plan.Compliance)
    {
        var app = await ServedApp.StartAsync(kind, postgres, ReportArchive.Catalog);
        using var folder = new TestFolder();
        await ReportArchive.SeedAsync(app.Store, folder.Path);
        if (plan is { } chosen)
            await ReportMember.SignInAsync(app, chosen, followSlug: "northwind-cloud");
        return app;
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task The_report_page_is_laid_out_for_printing_with_a_cover_and_a_page_per_document(string kind)
    {
        await using var app = await StartAsync(kind, postgres);

        var response = await app.Client.GetAsync("/platforms/northwind-cloud/report?date=2026-03-09&profile=eu-business-controller", TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("@media print", html, StringComparison.Ordinal);
        Assert.Contains(".document { break-before: page; }", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Northwind Cloud: provisions in force on 2026-03-09", html, StringComparison.Ordinal);
        Assert.Equal(2, html.Split("<section class=\"document\"").Length - 1);
        var latest = (await app.Store.GetVersionsAsync((await app.Store.GetDocumentsAsync()).Single(d => d.TypeId == "customer-agreement").Id))[0];
        var head = (await app.Store.GetVersionAsync(latest.Id))!;
        Assert.Contains(head.ChainHash, html, StringComparison.Ordinal);
        Assert.Contains("in the 3 months before the claim", html, StringComparison.Ordinal);
        Assert.Contains("EU business, data controller", html, StringComparison.Ordinal);
        Assert.Contains("transient, flip-back", html, StringComparison.Ordinal);
        Assert.Contains("has no version of this document yet", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/platforms/northwind-cloud/report?date=2026-03-09&amp;profile=eu-business-controller&amp;format=json\"", html, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task The_report_is_served_as_json_and_csv(string kind)
    {
        await using var app = await StartAsync(kind, postgres);

        var json = await app.Client.GetAsync("/platforms/northwind-cloud/report?date=2026-02-02&format=json", TestContext.Current.CancellationToken);
        var csv = await app.Client.GetAsync("/platforms/northwind-cloud/report?date=2026-02-02&format=csv", TestContext.Current.CancellationToken);
        var history = await app.Client.GetAsync("/platforms/northwind-cloud/report?date=2026-02-02&format=csv-history", TestContext.Current.CancellationToken);

        Assert.Equal("application/json", json.Content.Headers.ContentType?.MediaType);
        var (report, problem) = AuditReportJson.Read(await json.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Null(problem);
        Assert.Equal(3, report!.Documents.Single(d => d.Type == "customer-agreement").InForce!.Seq);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Equal("clauseline-report-2026-02-02.csv", csv.Content.Headers.ContentDisposition?.FileName);
        var (rows, csvProblem) = Csv.Read(await csv.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Null(csvProblem);
        Assert.Equal(AuditReportCsv.ProvisionColumns, rows![0]);
        Assert.All(rows, r => Assert.Equal(AuditReportCsv.ProvisionColumns.Count, r.Count));
        var (historyRows, _) = Csv.Read(await history.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(4, historyRows!.Count);
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task A_bad_date_format_or_platform_is_refused_with_a_message(string kind)
    {
        await using var app = await StartAsync(kind, postgres);

        var date = await app.Client.GetAsync("/platforms/northwind-cloud/report?date=yesterday", TestContext.Current.CancellationToken);
        var format = await app.Client.GetAsync("/platforms/northwind-cloud/report?format=pdf", TestContext.Current.CancellationToken);
        var platform = await app.Client.GetAsync("/platforms/nowhere/report", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, date.StatusCode);
        Assert.Contains("&#x27;yesterday&#x27; is not a date", await date.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, format.StatusCode);
        Assert.Contains("no report format", await format.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, platform.StatusCode);
    }
}

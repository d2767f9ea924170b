using System.Net;
using Clauseline.Accounts;
using Clauseline.Reports;
using Clauseline.Tests.Infrastructure;
using Clauseline.Tests.Web;

namespace Clauseline.Tests.Reports;

/// <summary>Reports are a Compliance feature: who gets one, who is told what the plan includes, and the organisation's own report.</summary>
public sealed class ReportAccessTests(PostgresServer postgres)
{
    public static TheoryData<string> Databases => ["sqlite", "postgres"];

    [Theory, MemberData(nameof(Databases))]
    public async Task Visitors_and_lower_plans_are_told_the_compliance_plan_includes_reports(string kind)
    {
        await using var app = await ServedApp.StartAsync(kind, postgres, ReportArchive.Catalog);

        var visitor = await app.Client.GetAsync("/platforms/northwind-cloud/report?format=json", TestContext.Current.CancellationToken);
        var visitorApp = await app.Client.GetAsync("/app/reports", TestContext.Current.CancellationToken);
        await ReportMember.SignInAsync(app, Plan.Monitor);
        var monitor = await app.Client.GetAsync("/platforms/northwind-cloud/report", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Forbidden, visitor.StatusCode);
        var page = await visitor.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("The Compliance plan includes audit-ready reports", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/signin?returnUrl=%2Fplatforms%2Fnorthwind-cloud%2Freport%3Fformat%3Djson\"", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, visitorApp.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, monitor.StatusCode);
        Assert.Contains("Your organisation is on the Monitor plan", await monitor.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task A_compliance_organisation_reports_on_its_followed_platforms_with_its_profile(string kind)
    {
        await using var app = await ServedApp.StartAsync(kind, postgres, ReportArchive.Catalog);
        using var folder = new TestFolder();
        await ReportArchive.SeedAsync(app.Store, folder.Path);
        await ReportMember.SignInAsync(app, Plan.Compliance, followSlug: "northwind-cloud", profileJson: "{\"id\": \"contoso\", \"name\": \"Contoso, EU processor\", \"jurisdictions\": [\"eu\"], \"role\": \"processor\"}");

        var form = await app.Client.GetStringAsync("/app/reports", TestContext.Current.CancellationToken);
        var json = await app.Client.GetStringAsync("/app/reports?platform=&date=2026-03-09&format=json", TestContext.Current.CancellationToken);
        var unfollowed = await app.Client.GetAsync("/app/reports?platform=elsewhere&date=2026-03-09&format=json", TestContext.Current.CancellationToken);

        Assert.Contains("<option value=\"northwind-cloud\">Northwind Cloud</option>", form, StringComparison.Ordinal);
        Assert.Contains("<label for=\"report-date\">", form, StringComparison.Ordinal);
        var (report, problem) = AuditReportJson.Read(json);
        Assert.Null(problem);
        Assert.Equal("contoso", report!.Profile.Id);
        Assert.Equal("Contoso Compliance: followed platforms", report.Scope.Title);
        Assert.Equal(2, report.Documents.Count);
        Assert.Equal(HttpStatusCode.NotFound, unfollowed.StatusCode);
    }
}

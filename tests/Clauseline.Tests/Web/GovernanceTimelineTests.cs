using System.Net;
using Clauseline.Accounts;
using Clauseline.Tests.Infrastructure;
using Clauseline.Tests.Reports;

namespace Clauseline.Tests.Web;

/// <summary>Governance timelines are a Compliance feature: who sees one, and which changes it holds.</summary>
public sealed class GovernanceTimelineTests(PostgresServer postgres)
{
    public static TheoryData<string> Databases => ["sqlite", "postgres"];

    private const string Path = "/platforms/northwind-cloud/governance";

    [Theory, MemberData(nameof(Databases))]
    public async Task Visitors_and_free_members_are_told_the_compliance_plan_includes_governance_timelines(string kind)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await ServedApp.StartAsync(kind, postgres, ReportArchive.Catalog);

        var visitor = await app.Client.GetAsync(Path, ct);
        var visitorPage = await visitor.Content.ReadAsStringAsync(ct);
        await ReportMember.SignInAsync(app, Plan.Free);
        var free = await app.Client.GetAsync(Path, ct);
        var freePage = await free.Content.ReadAsStringAsync(ct);

        Assert.Equal(HttpStatusCode.Forbidden, visitor.StatusCode);
        Assert.Contains("The Compliance plan includes governance timelines", visitorPage, StringComparison.Ordinal);
        Assert.Contains("href=\"/signin?returnUrl=%2Fplatforms%2Fnorthwind-cloud%2Fgovernance\"", visitorPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, free.StatusCode);
        Assert.Contains("The Compliance plan includes governance timelines", freePage, StringComparison.Ordinal);
        Assert.Contains("Your organisation is on the Free plan", freePage, StringComparison.Ordinal);
    }

    // The archive's dates lie months in the past, so the default confirmation window has long passed: the lower
    // liability cap is confirmed, the shortened notice period (put back within hours) stays transient and its
    // reversal is a flip-back. A window of zero hours would confirm the experiment too.
    [Theory, MemberData(nameof(Databases))]
    public async Task A_compliance_member_sees_confirmed_changes_by_category_without_the_transient_ones(string kind)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await ServedApp.StartAsync(kind, postgres, ReportArchive.Catalog);
        using var folder = new TestFolder();
        var (agreement, _) = await ReportArchive.SeedAsync(app.Store, folder.Path);
        await ReportMember.SignInAsync(app, Plan.Compliance, profileJson: "{\"id\": \"contoso\", \"name\": \"Contoso, EU processor\", \"jurisdictions\": [\"eu\"], \"role\": \"processor\"}");
        var versions = await app.Store.GetVersionsAsync(agreement.Id, ct);
        var (revised, reverted, experiment) = (versions[0].Id, versions[1].Id, versions[2].Id);

        var response = await app.Client.GetAsync(Path, ct);
        var html = await response.Content.ReadAsStringAsync(ct);
        var platform = await app.Client.GetStringAsync("/platforms/northwind-cloud", ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Northwind Cloud: governance timeline", html, StringComparison.Ordinal);
        Assert.Contains("<strong>Contoso, EU processor</strong>", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/platforms/northwind-cloud/customer-agreement/changes/{revised}\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"/changes/{reverted}\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"/changes/{experiment}\"", html, StringComparison.Ordinal);
        Assert.Contains("2026-03-09", html, StringComparison.Ordinal);
        Assert.DoesNotContain("2026-02-02", html, StringComparison.Ordinal);
        var liability = Section(html, "<a href=\"/categories/liability-cap\">Liability cap</a>");
        Assert.Contains($"href=\"/platforms/northwind-cloud/customer-agreement/changes/{revised}\"", liability, StringComparison.Ordinal);
        Assert.Contains("12 months to 3 months", liability, StringComparison.Ordinal);
        Assert.Contains("href=\"/platforms/northwind-cloud/customer-agreement/provisions/", liability, StringComparison.Ordinal);
        Assert.Contains("class=\"badge exposure", liability, StringComparison.Ordinal);
        Assert.Contains("href=\"/platforms/northwind-cloud/governance\"", platform, StringComparison.Ordinal);
    }

    /// <summary>The category's section of the page: from its heading to the end of its section.</summary>
    private static string Section(string html, string heading)
    {
        var start = html.IndexOf(heading, StringComparison.Ordinal);
        Assert.True(start >= 0, $"no section headed {heading}");
        return html[start..html.IndexOf("</section>", start, StringComparison.Ordinal)];
    }
}

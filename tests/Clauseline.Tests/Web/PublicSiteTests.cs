using Clauseline.Tests.Feeds;
using Clauseline.Tests.Infrastructure;

namespace Clauseline.Tests.Web;

/// <summary>The public pages a visitor reads without an account: home, independence, a platform's timeline, a provision's history and follow offer.</summary>
public sealed class PublicSiteTests(PostgresServer postgres)
{
    public static TheoryData<string> Databases => ["sqlite", "postgres"];

    private static async Task<(ServedApp App, IReadOnlyList<long> Versions)> StartAsync(string kind, PostgresServer postgres)
    {
        var app = await ServedApp.StartAsync(kind, postgres, ChangingAgreement.Catalog);
        return (app, await ChangingAgreement.SeedAsync(app.Store));
    }

    private static Task<string> GetAsync(ServedApp app, string path) => app.Client.GetStringAsync(path, TestContext.Current.CancellationToken);

    [Theory, MemberData(nameof(Databases))]
    public async Task The_home_page_has_search_recent_changes_and_most_followed_platforms(string kind)
    {
        var (app, versions) = await StartAsync(kind, postgres);
        await using var _ = app;

        var before = await GetAsync(app, "/");
        await ChangingAgreement.FollowAsync(app.Store);
        var after = await GetAsync(app, "/");

        Assert.Contains("<form class=\"search\" role=\"search\" method=\"get\" action=\"/search\">", before, StringComparison.Ordinal);
        Assert.Contains("<label for=\"home-q\">", before, StringComparison.Ordinal);
        // The lasting change, not the pending one recorded an hour ago, nor the flip-back.
        Assert.Contains($"<a href=\"{ChangingAgreement.Page}/changes/{versions[1]}\">Northwind &amp; Sons &lt;Cloud&gt; Customer Agreement</a>", before, StringComparison.Ordinal);
        Assert.DoesNotContain($"/changes/{versions[5]}\"", before, StringComparison.Ordinal);
        Assert.DoesNotContain($"/changes/{versions[4]}\"", before, StringComparison.Ordinal);
        Assert.Contains("No organisation follows a platform yet.", before, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/platforms/northwind-cloud\">Northwind &amp; Sons &lt;Cloud&gt;</a> <span class=\"note\">1 organisation</span>", after, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/independence\">", after, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task The_independence_page_says_who_is_not_behind_the_service(string kind)
    {
        var (app, _) = await StartAsync(kind, postgres);
        await using var _ = app;

        var html = await GetAsync(app, "/independence");

        Assert.Contains("not affiliated with, sponsored by or endorsed by any of the platforms it monitors", html, StringComparison.Ordinal);
        Assert.Contains("How the texts are obtained", html, StringComparison.Ordinal);
        Assert.Contains("trademarks of their owners", html, StringComparison.Ordinal);
        Assert.Contains("they are not legal advice", html, StringComparison.Ordinal);
        Assert.Contains("<main id=\"main\">", html, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task A_platform_page_draws_its_timeline_and_offers_its_feed_and_following(string kind)
    {
        var (app, _) = await StartAsync(kind, postgres);
        await using var _ = app;

        var html = await GetAsync(app, "/platforms/northwind-cloud");

        Assert.Contains("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/feeds/platforms/northwind-cloud.atom\"", html, StringComparison.Ordinal);
        Assert.Contains("<svg viewBox=", html, StringComparison.Ordinal);
        Assert.Contains("role=\"img\" aria-labelledby=\"timeline-title timeline-desc\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        // One confirmed change, substantive, in February 2026; the transient and flip-back of April are not drawn.
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "<circle "));
        Assert.Contains("class=\"substantive\"><title>Customer Agreement, February 2026: 1 substantive, 0 cosmetic</title>", html, StringComparison.Ordinal);
        Assert.Contains("<td>2026-02</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<td>2026-04</td>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/signup?returnUrl=%2Fplatforms%2Fnorthwind-cloud\">Sign up to follow this platform</a>", html, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task A_provision_page_says_how_often_its_document_changed_and_offers_to_follow_it(string kind)
    {
        var (app, _) = await StartAsync(kind, postgres);
        await using var _ = app;
        var search = await GetAsync(app, "/search?q=%22written+notice%22");
        var link = System.Text.RegularExpressions.Regex.Match(search, "href=\"(/platforms/northwind-cloud/customer-agreement/provisions/[^\"]+)\"").Groups[1].Value;

        var html = await GetAsync(app, link);

        Assert.Contains("has had 1 confirmed change since 2026-01-10, the last on 2026-02-10.", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/signup?returnUrl={Uri.EscapeDataString(link)}\">Sign up to follow this clause</a>", html, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/feeds/platforms/northwind-cloud/customer-agreement.atom\"", html, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task Visitors_see_the_first_part_of_the_compliance_analysis_and_what_the_plan_adds(string kind)
    {
        var (app, _) = await StartAsync(kind, postgres);
        await using var _ = app;
        var search = await GetAsync(app, "/search?q=unauthorised+password");
        var link = System.Text.RegularExpressions.Regex.Match(search, "href=\"(/platforms/northwind-cloud/customer-agreement/provisions/[^\"]+)\"").Groups[1].Value;

        var html = await GetAsync(app, link);

        Assert.Contains("1. Regulatory landscape", html, StringComparison.Ordinal);
        Assert.Contains("The rest of the analysis is part of the Compliance plan", html, StringComparison.Ordinal);
        Assert.DoesNotContain("2. Governance exposure", html, StringComparison.Ordinal);
        Assert.DoesNotContain("5. Compliance considerations", html, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task A_compliance_member_reads_the_whole_analysis_and_can_follow_the_clause(string kind)
    {
        var (app, _) = await StartAsync(kind, postgres);
        await using var _ = app;
        var link = System.Text.RegularExpressions.Regex.Match(await GetAsync(app, "/search?q=unauthorised+password"),
            "href=\"(/platforms/northwind-cloud/customer-agreement/provisions/([^\"]+))\"");
        using var member = await SignUpAsync(app, "compliance@contoso.example");
        var user = (await app.Store.FindUserAsync("compliance@contoso.example"))!;
        await app.Store.SetPlanAsync((await app.Store.GetOrganisationsOfUserAsync(user.Id))[0].Organisation.Id, Clauseline.Accounts.Plan.Compliance);

        var html = await member.GetStringAsync(link.Groups[1].Value, TestContext.Current.CancellationToken);

        foreach (var part in new[] { "1. Regulatory landscape", "2. Governance exposure", "3. Jurisdiction flags", "4. Contract implications", "5. Compliance considerations" })
            Assert.Contains(part, html, StringComparison.Ordinal);
        Assert.DoesNotContain("The rest of the analysis is part of the Compliance plan", html, StringComparison.Ordinal);
        var form = html[html.IndexOf("<form method=\"post\" action=\"/app/follow\">", StringComparison.Ordinal)..];
        form = form[..form.IndexOf("</form>", StringComparison.Ordinal)];
        Assert.Contains("name=\"__RequestVerificationToken\"", form, StringComparison.Ordinal);
        Assert.Contains("<input type=\"hidden\" name=\"kind\" value=\"provision\" />", form, StringComparison.Ordinal);
        Assert.Contains("<input type=\"hidden\" name=\"platform\" value=\"northwind-cloud\" />", form, StringComparison.Ordinal);
        Assert.Contains("<input type=\"hidden\" name=\"document\" value=\"customer-agreement\" />", form, StringComparison.Ordinal);
        Assert.Contains($"<input type=\"hidden\" name=\"provision\" value=\"{link.Groups[2].Value}\" />", form, StringComparison.Ordinal);
        Assert.Contains("<button type=\"submit\">Follow this clause</button>", form, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task The_platform_pages_follow_form_posts_with_its_antiforgery_token(string kind)
    {
        var (app, _) = await StartAsync(kind, postgres);
        await using var _ = app;
        using var member = await SignUpAsync(app, "vendors@contoso.example");
        var page = await member.GetStringAsync("/platforms/northwind-cloud", TestContext.Current.CancellationToken);
        var form = page[page.IndexOf("<form method=\"post\" action=\"/app/follow\">", StringComparison.Ordinal)..];
        var fields = System.Text.RegularExpressions.Regex.Matches(form[..form.IndexOf("</form>", StringComparison.Ordinal)], "<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"")
            .ToDictionary(m => m.Groups[1].Value, m => System.Net.WebUtility.HtmlDecode(m.Groups[2].Value));

        using var content = new FormUrlEncodedContent(fields);
        var response = await member.PostAsync("/app/follow", content, TestContext.Current.CancellationToken);
        var home = await GetAsync(app, "/");

        Assert.Equal(["__RequestVerificationToken", "kind", "platform"], fields.Keys.Order(StringComparer.Ordinal));
        Assert.True((int)response.StatusCode is >= 200 and < 400, $"{(int)response.StatusCode}");
        Assert.Contains("Northwind &amp; Sons &lt;Cloud&gt;</a> <span class=\"note\">1 organisation</span>", home, StringComparison.Ordinal);
    }

    /// <summary>Signs up through the web form, antiforgery token and all; returns a client holding the session cookie.</summary>
    private static async Task<HttpClient> SignUpAsync(ServedApp app, string email)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new System.Net.CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = app.Client.BaseAddress };
        var page = await client.GetStringAsync("/signup", TestContext.Current.CancellationToken);
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = email,
            ["password"] = "a long passphrase for tests 42",
            ["organisation"] = "Contoso Compliance",
            ["__RequestVerificationToken"] = token,
        });
        var response = await client.PostAsync("/signup", form, TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return client;
    }
}

using Clauseline.Analysis;
using Clauseline.App.Analysis;
using Clauseline.App.Web.Caching;
using Clauseline.Records;
using Clauseline.Tests.Feeds;
using Clauseline.Tests.Infrastructure;

namespace Clauseline.Tests.Web;

/// <summary>
/// The public pages in the output cache: a visitor's second read comes from the cache, a member's never does (nor is
/// a member's page ever kept for visitors), and the cache can be turned off; and the provision page memo.
/// </summary>
public sealed class CachedPagesTests(PostgresServer postgres)
{
    public static TheoryData<string> Databases => ["sqlite", "postgres"];

    private const string NobodyFollows = "No organisation follows a platform yet.";
    private const string OneFollower = "<span class=\"note\">1 organisation</span>";

    private static async Task<ServedApp> StartAsync(string kind, PostgresServer postgres, bool cache)
    {
        var app = await ServedApp.StartAsync(kind, postgres, ChangingAgreement.Catalog, false, $"--Web:OutputCache:Enabled={cache}", "--Web:OutputCache:Seconds=600");
        await ChangingAgreement.SeedAsync(app.Store);
        return app;
    }

    private static async Task<(string Html, HttpResponseMessage Response)> GetAsync(HttpClient client, string path, params (string Name, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        foreach (var (name, value) in headers)
            request.Headers.Add(name, value);
        var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        return (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), response);
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task A_visitors_second_read_of_a_page_comes_from_the_cache(string kind)
    {
        await using var app = await StartAsync(kind, postgres, cache: true);

        var (first, firstResponse) = await GetAsync(app.Client, "/");
        await ChangingAgreement.FollowAsync(app.Store);
        var (second, secondResponse) = await GetAsync(app.Client, "/");
        var (otherQuery, _) = await GetAsync(app.Client, "/?from=elsewhere");

        Assert.Contains(NobodyFollows, first, StringComparison.Ordinal);
        Assert.Null(firstResponse.Headers.Age);
        // The follow is in the database, but the visitor is served the page as it was stored.
        Assert.Equal(first, second);
        Assert.NotNull(secondResponse.Headers.Age);
        // Each query string is a page of its own.
        Assert.Contains(OneFollower, otherQuery, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task Requests_with_a_session_cookie_or_credentials_bypass_the_cache(string kind)
    {
        await using var app = await StartAsync(kind, postgres, cache: true);

        await GetAsync(app.Client, "/");
        await ChangingAgreement.FollowAsync(app.Store);
        var (cookie, cookieResponse) = await GetAsync(app.Client, "/", ("Cookie", "clauseline.session=not-a-session"));
        var (bearer, _) = await GetAsync(app.Client, "/", ("Authorization", "Bearer cl_000000000000_notakey"));
        var (apiKey, _) = await GetAsync(app.Client, "/", ("X-Api-Key", "cl_000000000000_notakey"));
        var (visitor, _) = await GetAsync(app.Client, "/");

        Assert.Contains(OneFollower, cookie, StringComparison.Ordinal);
        Assert.Null(cookieResponse.Headers.Age);
        Assert.Contains(OneFollower, bearer, StringComparison.Ordinal);
        Assert.Contains(OneFollower, apiKey, StringComparison.Ordinal);
        Assert.Contains(NobodyFollows, visitor, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task A_members_page_is_neither_served_from_the_cache_nor_kept_for_visitors(string kind)
    {
        await using var app = await StartAsync(kind, postgres, cache: true);
        using var member = await WebSession.SignUpAsync(app, "ada@example.org", "correct horse battery", "Analytical Engines");

        var (visitorBefore, _) = await GetAsync(app.Client, "/methodology");
        var signedIn = await member.GetAsync("/methodology");
        var signedInHtml = await signedIn.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var (platformForMember, _) = await GetAsync(member.Client, "/platforms/northwind-cloud");
        var (visitorAfter, _) = await GetAsync(app.Client, "/platforms/northwind-cloud");

        Assert.DoesNotContain("Sign out", visitorBefore, StringComparison.Ordinal);
        Assert.Contains("Sign out", signedInHtml, StringComparison.Ordinal);
        Assert.Null(signedIn.Headers.Age);
        Assert.Contains("Sign out", platformForMember, StringComparison.Ordinal);
        // The member read the platform page first; the visitor must still get a page without the member's forms.
        Assert.DoesNotContain("Sign out", visitorAfter, StringComparison.Ordinal);
        Assert.DoesNotContain(WebSession.TokenField, visitorAfter, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task Turning_the_cache_off_serves_every_read_fresh(string kind)
    {
        await using var app = await StartAsync(kind, postgres, cache: false);

        var (first, _) = await GetAsync(app.Client, "/");
        await ChangingAgreement.FollowAsync(app.Store);
        var (second, secondResponse) = await GetAsync(app.Client, "/");

        Assert.Contains(NobodyFollows, first, StringComparison.Ordinal);
        Assert.Contains(OneFollower, second, StringComparison.Ordinal);
        Assert.Null(secondResponse.Headers.Age);
    }

    [Fact]
    public void Only_public_pages_are_cacheable_by_this_policy()
    {
        Assert.True(PublicPagePolicy.IsPublic("/"));
        Assert.True(PublicPagePolicy.IsPublic("/platforms/northwind-cloud/customer-agreement/provisions/p3"));
        // Feeds are cached by their own policy (Feeds:CacheSeconds); the private one never.
        Assert.False(PublicPagePolicy.IsPublic("/feeds/platforms/northwind-cloud.atom"));
        Assert.False(PublicPagePolicy.IsPublic("/feeds/org/0123456789abcdef0123.atom"));
        Assert.False(PublicPagePolicy.IsPublic("/platforms/northwind-cloud/report"));
        Assert.False(PublicPagePolicy.IsPublic("/platforms/northwind-cloud/governance"));
        Assert.False(PublicPagePolicy.IsPublic("/app"));
        Assert.False(PublicPagePolicy.IsPublic("/api/v1/platforms"));
        Assert.False(PublicPagePolicy.IsPublic("/signin"));
        Assert.False(PublicPagePolicy.IsPublic("/health"));
        Assert.False(PublicPagePolicy.IsPublic("/platformsx"));
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task The_provision_memo_keeps_a_view_until_the_document_has_a_new_version(string kind)
    {
        await using var app = await StartAsync(kind, postgres, cache: true);
        var ct = TestContext.Current.CancellationToken;
        var store = app.Store;
        var history = (ChangeHistory)app.Services.GetService(typeof(ChangeHistory))!;
        var analysis = (AnalysisIndex)app.Services.GetService(typeof(AnalysisIndex))!;
        var document = (await store.GetDocumentsAsync(cancellationToken: ct)).Single(d => d.TypeId == "customer-agreement");
        var memo = (ProvisionPageMemo)app.Services.GetService(typeof(ProvisionPageMemo))!;
        using var off = new ProvisionPageMemo(new PageCacheOptions { Enabled = false }, TimeProvider.System);
        // Reading the history builds the change records, which hold each version's provision ids.
        await history.ForDocumentAsync(document, withRecords: false, ct);
        var latest = (await store.GetLatestVersionIdsAsync(ct))[document.Id];
        var provision = (await store.GetProvisionIdsAsync(latest, ct))!.First(id => id != "p1");

        var first = await memo.ViewAsync(store, history, document, provision, ct);
        var again = await memo.ViewAsync(store, history, document, provision, ct);
        var snapshot = await analysis.GetAsync(ct);
        var analysed = memo.Analysis(first!, snapshot, analysis.Rater, Profile.Unknown, Taxonomy.Default);
        var analysedAgain = memo.Analysis(first!, snapshot, analysis.Rater, Profile.Unknown, Taxonomy.Default);
        var uncached = await off.ViewAsync(store, history, document, provision, ct);
        var uncachedAgain = await off.ViewAsync(store, history, document, provision, ct);
        var text = (await store.GetVersionAsync(latest, ct))!.Text + "\n\n12. Notices. Notices to us must be sent to the address in the order form.\n";
        var newer = await ChangingAgreement.RecordAsync(store, document.Id, text, "change", DateTimeOffset.UtcNow);
        var afterNewVersion = await memo.ViewAsync(store, history, document, provision, ct);

        Assert.NotNull(first);
        Assert.Same(first, again);
        Assert.Same(analysed, analysedAgain);
        Assert.NotSame(uncached, uncachedAgain);
        Assert.Equal(first.Provision.Text, uncached!.Provision.Text);
        Assert.NotSame(first, afterNewVersion);
        Assert.Equal(newer, afterNewVersion!.SeenIn.Version.VersionId);
        Assert.Null(await memo.ViewAsync(store, history, document, "p-no-such-provision", ct));
    }
}

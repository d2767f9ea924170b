using System.Net;
using System.ServiceModel.Syndication;
using Clauseline.App.Analysis;
using Clauseline.Tests.Infrastructure;

namespace Clauseline.Tests.Feeds;

/// <summary>The Atom feeds, read over HTTP as a feed reader would, on an agreement with every kind of version.</summary>
public sealed class FeedTests(PostgresServer postgres)
{
    public static TheoryData<string> Databases => ["sqlite", "postgres"];

    private static string Tag(long versionId) => $"tag:clauseline.invalid,2026:version/{versionId}";

    private static Task<string> GetAsync(FeedSite site, string path) => site.Client.GetStringAsync(path, TestContext.Current.CancellationToken);

    [Theory, MemberData(nameof(Databases))]
    public async Task A_platform_feed_carries_confirmed_changes_only(string kind)
    {
        await using var site = await FeedSite.StartAsync(kind, postgres, ChangingAgreement.Catalog);
        var ids = await ChangingAgreement.SeedAsync(site.Store);

        var response = await site.Client.GetAsync("/feeds/platforms/northwind-cloud.atom", TestContext.Current.CancellationToken);
        var (feed, xml) = AtomChecks.Valid(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        // Not the first version, the technical upgrade, the transient, the flip-back or the pending change: only the lasting one.
        Assert.Equal([Tag(ids[1])], AtomChecks.EntryIds(xml));
        var entry = feed.Items.Single();
        Assert.StartsWith("Northwind & Sons <Cloud> Customer Agreement: ", entry.Title.Text, StringComparison.Ordinal);
        Assert.Contains("60 days", entry.Title.Text, StringComparison.Ordinal);
        Assert.Equal(ChangingAgreement.Start.AddDays(31), entry.LastUpdatedTime);
        Assert.Equal(entry.LastUpdatedTime, feed.LastUpdatedTime);
        var self = Assert.Single(feed.Links, l => l.RelationshipType == "self");
        Assert.Equal("/feeds/platforms/northwind-cloud.atom", self.Uri.AbsolutePath);
        Assert.Equal("/platforms/northwind-cloud", feed.Links.Single(l => l.RelationshipType == "alternate").Uri.AbsolutePath);
        Assert.Equal("tag:clauseline.invalid,2026:feeds/platforms/northwind-cloud", feed.Id);
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task Entry_content_is_escaped_html_linking_to_the_change_record(string kind)
    {
        await using var site = await FeedSite.StartAsync(kind, postgres, ChangingAgreement.Catalog);
        var ids = await ChangingAgreement.SeedAsync(site.Store);

        var body = await GetAsync(site, "/feeds/platforms/northwind-cloud/customer-agreement.atom");
        var (feed, xml) = AtomChecks.Valid(body);

        var content = xml.Root!.Element(AtomChecks.Atom + "entry")!.Element(AtomChecks.Atom + "content")!;
        Assert.Equal("html", (string?)content.Attribute("type"));
        // Once-decoded by XML, the content is HTML in which the platform's own "&" and "<" are still escaped.
        Assert.Contains("<p>Northwind &amp; Sons &lt;Cloud&gt; Customer Agreement, recorded 2026-02-10 09:00 UTC:</p>", content.Value, StringComparison.Ordinal);
        Assert.DoesNotContain("<Cloud>", content.Value, StringComparison.Ordinal);
        Assert.Contains($"{ChangingAgreement.Page}/changes/{ids[1]}#entry-0\">", content.Value, StringComparison.Ordinal);
        Assert.Contains("60 days", content.Value, StringComparison.Ordinal);
        Assert.Equal($"{ChangingAgreement.Page}/changes/{ids[1]}", feed.Items.Single().Links.Single(l => l.RelationshipType == "alternate").Uri.AbsolutePath);
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task Entry_ids_and_times_stay_the_same_across_requests_and_restarts(string kind)
    {
        await using var site = await FeedSite.StartAsync(kind, postgres, ChangingAgreement.Catalog);
        await ChangingAgreement.SeedAsync(site.Store);

        var first = AtomChecks.Valid(await GetAsync(site, "/feeds/platforms/northwind-cloud.atom")).Feed;
        var second = AtomChecks.Valid(await GetAsync(site, "/feeds/platforms/northwind-cloud.atom")).Feed;
        await site.RestartAsync();
        var afterRestart = AtomChecks.Valid(await GetAsync(site, "/feeds/platforms/northwind-cloud.atom")).Feed;

        static string Shape(SyndicationFeed f) => string.Join('|', [f.Id, f.LastUpdatedTime.ToString("O"), .. f.Items.Select(i => $"{i.Id} {i.LastUpdatedTime:O} {i.Title.Text}")]);
        Assert.NotEmpty(first.Items);
        Assert.Equal(Shape(first), Shape(second));
        Assert.Equal(Shape(first), Shape(afterRestart));
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task A_document_without_versions_has_a_valid_empty_feed_and_unknown_ones_none(string kind)
    {
        await using var site = await FeedSite.StartAsync(kind, postgres, ChangingAgreement.Catalog);

        var (feed, _) = AtomChecks.Valid(await GetAsync(site, "/feeds/platforms/northwind-cloud/privacy-policy.atom"));
        var unknownPlatform = await site.Client.GetAsync("/feeds/platforms/nobody.atom", TestContext.Current.CancellationToken);
        var unknownDocument = await site.Client.GetAsync("/feeds/platforms/northwind-cloud/cookie-policy.atom", TestContext.Current.CancellationToken);
        var unknownCategory = await site.Client.GetAsync("/feeds/categories/no-such-category.atom", TestContext.Current.CancellationToken);

        Assert.Empty(feed.Items);
        Assert.Equal(HttpStatusCode.NotFound, unknownPlatform.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownDocument.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownCategory.StatusCode);
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task A_category_feed_carries_the_changes_touching_its_provisions(string kind)
    {
        await using var site = await FeedSite.StartAsync(kind, postgres, ChangingAgreement.Catalog);
        var ids = await ChangingAgreement.SeedAsync(site.Store);
        var snapshot = await site.Services.GetRequiredService<AnalysisIndex>().GetAsync(TestContext.Current.CancellationToken);
        var fees = snapshot.FindDocument("northwind-cloud/customer-agreement")!.Provisions.Single(p => p.Provision.Text.StartsWith("2.1 ", StringComparison.Ordinal));
        Assert.NotEmpty(fees.Categories);
        var category = fees.Categories[0].Id;
        var untouched = snapshot.FindDocument("northwind-cloud/customer-agreement")!.Provisions
            .Where(p => p.Provision.Text.StartsWith("1.2 ", StringComparison.Ordinal)).SelectMany(p => p.Categories).Select(c => c.Id)
            .FirstOrDefault(c => !fees.Categories.Any(f => f.Id == c));

        var (feed, xml) = AtomChecks.Valid(await GetAsync(site, $"/feeds/categories/{category}.atom"));

        Assert.Equal([Tag(ids[1])], AtomChecks.EntryIds(xml));
        Assert.Equal($"/categories/{category}", feed.Links.Single(l => l.RelationshipType == "alternate").Uri.AbsolutePath);
        if (untouched is not null)
            Assert.Empty(AtomChecks.EntryIds(AtomChecks.Valid(await GetAsync(site, $"/feeds/categories/{untouched}.atom")).Xml));
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task A_private_feed_follows_the_organisations_platforms_and_a_wrong_token_finds_nothing(string kind)
    {
        await using var site = await FeedSite.StartAsync(kind, postgres, ChangingAgreement.Catalog);
        var ids = await ChangingAgreement.SeedAsync(site.Store);
        var token = await ChangingAgreement.FollowAsync(site.Store);

        var response = await site.Client.GetAsync($"/feeds/org/{token}.atom", TestContext.Current.CancellationToken);
        var (feed, xml) = AtomChecks.Valid(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var wrong = await site.Client.GetAsync($"/feeds/org/{token[..^4]}beef.atom", TestContext.Current.CancellationToken);
        var empty = await site.Client.GetAsync("/feeds/org/x.atom", TestContext.Current.CancellationToken);

        Assert.Equal([Tag(ids[1])], AtomChecks.EntryIds(xml));
        Assert.StartsWith("Contoso Compliance", feed.Title.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(token, feed.Id, StringComparison.Ordinal);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, empty.StatusCode);
    }
}

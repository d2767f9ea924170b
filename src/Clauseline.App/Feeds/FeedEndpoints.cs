using Clauseline.Alerts.Subscriptions;
using Clauseline.Analysis;
using Clauseline.App.Analysis;
using Clauseline.Archive;
using Clauseline.Storage;

namespace Clauseline.App.Feeds;

/// <summary>
/// The Atom feeds: public ones per platform, per document and per category, kept briefly in the output cache, and
/// each organisation's private feed of what it follows, addressed by a secret token and never cached or indexed.
/// </summary>
public static class FeedEndpoints
{
    public const string CachePolicy = "feeds";

    public static IServiceCollection AddFeeds(this IServiceCollection services, IConfiguration configuration)
    {
        var options = new FeedOptions();
        configuration.GetSection("Feeds").Bind(options);
        services.AddSingleton(options);
        services.AddTransient<FeedChanges>();
        services.AddOutputCache(o => o.AddPolicy(CachePolicy, b => b.Expire(TimeSpan.FromSeconds(Math.Max(1, options.CacheSeconds)))));
        return services;
    }

    public static void MapFeeds(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<FeedOptions>();
        var feeds = app.MapGroup("/feeds");
        if (options.CacheSeconds > 0)
            feeds.CacheOutput(CachePolicy);

        feeds.MapGet("/platforms/{slug}.atom", async (string slug, HttpContext http, Store store, FeedChanges changes, CancellationToken ct) =>
        {
            if (await store.FindPlatformAsync(slug, ct) is not { } platform || platform.Slug != slug)
                return Results.NotFound();
            var documents = await store.GetDocumentsAsync(platform.Id, ct);
            var entries = await changes.ForDocumentsAsync(documents, ct);
            var subject = new FeedSubject(options.Tag($"feeds/platforms/{platform.Slug}"), $"{platform.Name}: changes to its legal documents",
                $"/platforms/{platform.Slug}", await LatestAsync(store, entries, documents, ct));
            return Atom(http, subject, entries);
        });

        feeds.MapGet("/platforms/{slug}/{type}.atom", async (string slug, string type, HttpContext http, Store store, FeedChanges changes, CancellationToken ct) =>
        {
            var platform = await store.FindPlatformAsync(slug, ct);
            var document = platform is null ? null : await store.FindDocumentAsync(platform.Id, type, ct);
            if (document is null || document.PlatformSlug != slug || document.TypeId != type)
                return Results.NotFound();
            var entries = await changes.ForDocumentsAsync([document], ct);
            var subject = new FeedSubject(options.Tag($"feeds/platforms/{document.Key}"), $"{document.PlatformName} {document.TypeName}: changes",
                $"/platforms/{document.Key}", await LatestAsync(store, entries, [document], ct));
            return Atom(http, subject, entries);
        });

        feeds.MapGet("/categories/{id}.atom", async (string id, HttpContext http, Store store, AnalysisIndex analysis, FeedChanges changes, CancellationToken ct) =>
        {
            if (Taxonomy.Default.Find(id) is not { } category)
                return Results.NotFound();
            // The category's provisions as the latest versions read; a change touching one of them is in the feed.
            var provisions = (await analysis.GetAsync(ct)).InCategory(category.Id)
                .GroupBy(p => p.Document.Id)
                .Select(g => (g.First().Document, (IReadOnlySet<string>?)g.Select(p => p.Id).ToHashSet(StringComparer.Ordinal)))
                .ToList();
            var entries = await changes.ForDocumentsAsync(provisions, ct);
            var subject = new FeedSubject(options.Tag($"feeds/categories/{category.Id}"), $"{category.Name}: changes across platforms",
                $"/categories/{category.Id}", await LatestAsync(store, entries, [.. provisions.Select(p => p.Document)], ct));
            return Atom(http, subject, entries);
        });

        app.MapGet("/feeds/org/{token}.atom", async (string token, HttpContext http, Store store, FeedChanges changes, CancellationToken ct) =>
        {
            if (token.Length is < 16 or > 128 || await store.GetOrganisationByFeedTokenAsync(token, ct) is not { } organisation)
                return Results.NotFound();
            var documents = Followed(await store.GetDocumentsAsync(cancellationToken: ct), await store.GetSubscriptionsAsync(organisation.Id, ct));
            var entries = await changes.ForDocumentsAsync(documents, ct);
            var subject = new FeedSubject(options.Tag($"feeds/organisations/{organisation.Id}"), $"{organisation.Name}: changes to the platforms you follow",
                "/app", await LatestAsync(store, entries, documents, ct));
            // The token is a secret: keep the feed out of shared caches and search engines.
            http.Response.Headers.CacheControl = "private, no-store";
            http.Response.Headers["X-Robots-Tag"] = "noindex";
            return Atom(http, subject, entries);
        });
    }

    /// <summary>The documents an organisation's subscriptions name: all of a followed platform's (or the listed types), and each followed provision's document.</summary>
    private static List<Document> Followed(IReadOnlyList<Document> all, IReadOnlyList<Subscription> subscriptions) =>
        [.. all.Where(d => subscriptions.Any(s =>
            (s.Kind == SubscriptionKind.Platform && s.PlatformId == d.PlatformId && (s.DocumentTypes.Count == 0 || s.DocumentTypes.Contains(d.TypeId))) ||
            (s.Kind == SubscriptionKind.Provision && s.DocumentId == d.Id)))];

    /// <summary>For a feed without entries, when the newest version of its documents was recorded: its updated time must still be stable.</summary>
    private static async Task<DateTimeOffset?> LatestAsync(Store store, IReadOnlyList<FeedChange> entries, IReadOnlyList<Document> documents, CancellationToken ct)
    {
        if (entries.Count > 0)
            return null;
        DateTimeOffset? latest = null;
        foreach (var document in documents)
        {
            var versions = await store.GetVersionsAsync(document.Id, ct);
            if (versions.Count > 0 && (latest is null || versions[0].RecordedAt > latest))
                latest = versions[0].RecordedAt;
        }
        return latest;
    }

    private static IResult Atom(HttpContext http, FeedSubject subject, IReadOnlyList<FeedChange> changes)
    {
        var request = http.Request;
        var baseUrl = $"{request.Scheme}://{request.Host}{request.PathBase}";
        var body = AtomFeed.Write(subject, changes, baseUrl, request.Path, http.RequestServices.GetRequiredService<FeedOptions>());
        return Results.Bytes(body, $"{AtomFeed.MediaType}; charset=utf-8");
    }
}

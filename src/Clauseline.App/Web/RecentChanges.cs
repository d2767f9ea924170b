using Clauseline.App.Feeds;
using Clauseline.Archive;
using Clauseline.Records;
using Clauseline.Storage;

namespace Clauseline.App.Web;

/// <summary>A platform and how many organisations follow it, for the home page.</summary>
public sealed record PopularPlatform(Platform Platform, int Organisations);

/// <summary>What the home page lists above the platforms: the latest confirmed change of the most recently changed documents, and the most-followed platforms.</summary>
public static class RecentChanges
{
    /// <summary>Documents whose newest versions are the most recent, each with its latest confirmed change (as its feed would carry it), newest first.</summary>
    public static async Task<IReadOnlyList<DocumentChange>> LoadAsync(Store store, ChangeHistory history, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(history);
        var latest = new List<DocumentChange>();
        // Twice as many candidates as shown: a document whose newest change is still pending or came and went may have no confirmed change to show.
        foreach (var id in await store.GetRecentlyChangedDocumentIdsAsync(limit * 2, cancellationToken))
        {
            if (await store.GetDocumentAsync(id, cancellationToken) is not { } document)
                continue;
            var confirmed = (await history.ForDocumentAsync(document, withRecords: false, cancellationToken)).LastOrDefault(FeedChanges.Publishable);
            if (confirmed is not null)
                latest.Add(confirmed);
        }
        return [.. latest.OrderByDescending(c => c.Version.RecordedAt).ThenByDescending(c => c.Version.VersionId).Take(limit)];
    }

    public static async Task<IReadOnlyList<PopularPlatform>> MostFollowedAsync(Store store, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var platforms = (await store.GetPlatformsAsync(cancellationToken)).ToDictionary(p => p.Id);
        return [.. (await store.GetMostFollowedPlatformsAsync(limit, cancellationToken))
            .Where(f => platforms.ContainsKey(f.PlatformId))
            .Select(f => new PopularPlatform(platforms[f.PlatformId], f.Organisations))];
    }
}

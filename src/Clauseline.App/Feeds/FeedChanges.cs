using Clauseline.Archive;
using Clauseline.Records;
using Clauseline.Storage;

namespace Clauseline.App.Feeds;

/// <summary>
/// Chooses what a feed carries: confirmed changes only. The first version (a baseline, not a change), technical
/// upgrades (our extraction changed, not the text), flip-backs and transients (a text that came and went), and
/// changes still inside the confirmation window are left out, so a feed never tells of something it later takes back.
/// </summary>
public sealed class FeedChanges(Store store, ChangeHistory history, FeedOptions options)
{
    /// <summary>The newest confirmed changes of the documents, every line of each record.</summary>
    public Task<IReadOnlyList<FeedChange>> ForDocumentsAsync(IEnumerable<Document> documents, CancellationToken cancellationToken) =>
        ForDocumentsAsync(documents.Select(d => (d, (IReadOnlySet<string>?)null)), cancellationToken);

    /// <summary>
    /// The newest confirmed changes of the documents; where a document comes with a set of provision ids, only the
    /// changes touching one of them, and only their lines about them.
    /// </summary>
    public async Task<IReadOnlyList<FeedChange>> ForDocumentsAsync(IEnumerable<(Document Document, IReadOnlySet<string>? Provisions)> documents, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var candidates = new List<(Document Document, StoredChange Version, IReadOnlyList<int>? Entries)>();
        foreach (var (document, provisions) in documents)
        {
            var changes = (await history.ForDocumentAsync(document, withRecords: false, cancellationToken)).Where(Publishable).ToList();
            if (provisions is null)
            {
                candidates.AddRange(changes.Select(c => (document, c.Version, (IReadOnlyList<int>?)null)));
                continue;
            }
            var touching = (await store.GetProvisionChangesAsync(document.Id, cancellationToken))
                .Where(p => provisions.Contains(p.ProvisionId))
                .ToLookup(p => p.VersionId, p => p.Entry);
            candidates.AddRange(changes.Where(c => touching.Contains(c.Version.VersionId))
                .Select(c => (document, c.Version, (IReadOnlyList<int>?)[.. touching[c.Version.VersionId].Distinct().Order()])));
        }
        var chosen = new List<FeedChange>();
        // Newest first; the version id breaks ties so the order never changes between requests.
        foreach (var (document, version, entries) in candidates.OrderByDescending(c => c.Version.RecordedAt).ThenByDescending(c => c.Version.VersionId).Take(options.Entries))
        {
            if (await store.GetChangeAsync(version.VersionId, cancellationToken) is not { Record: { } record } full)
                continue;
            chosen.Add(new FeedChange(document, full, entries ?? [.. Enumerable.Range(0, record.Provisions.Count)]));
        }
        return chosen;
    }

    /// <summary>Whether a change belongs in a feed.</summary>
    public static bool Publishable(DocumentChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return change.State.Status == ChangeStatus.Confirmed && !change.IsInitial && !change.IsTechnicalUpgrade && !change.State.FlipBack;
    }
}

using Clauseline.Archive;
using Clauseline.Changes;
using Clauseline.Records;
using Clauseline.Segmentation;
using Clauseline.Storage;

namespace Clauseline.App.Web;

/// <summary>One change record entry about a provision, with the change it belongs to.</summary>
public sealed record ProvisionEvent(DocumentChange Change, int Entry, ProvisionChangeRecord Record);

/// <summary>A provision next to the one shown, with its id for a link.</summary>
public sealed record Neighbour(string Id, Provision Provision);

/// <summary>
/// What the provision page shows: the provision as it reads in the latest version that has it, the provisions
/// around it there, every change that touched it (newest first), how it came in and, when it is gone, the change
/// that removed, split or merged it.
/// </summary>
public sealed record ProvisionView(
    Document Document,
    string ProvisionId,
    DocumentChange SeenIn,
    Provision Provision,
    Neighbour? Previous,
    Neighbour? Next,
    IReadOnlyList<ProvisionEvent> Timeline,
    ProvisionEvent? Created,
    ProvisionEvent? Ended,
    DocumentChange First,
    int SubstantiveChanges)
{
    /// <summary>Loads the view, or null when the document has no provision of that id.</summary>
    public static async Task<ProvisionView?> LoadAsync(Store store, ChangeHistory history, Document document, string provisionId, CancellationToken cancellationToken)
    {
        var changes = await history.ForDocumentAsync(document, withRecords: false, cancellationToken);
        if (changes.Count == 0)
            return null;
        var byVersion = changes.ToDictionary(c => c.Version.VersionId);
        var events = new List<ProvisionEvent>();
        foreach (var (change, entries) in await store.GetProvisionTimelineAsync(document.Id, provisionId, cancellationToken))
        {
            // A version recorded after the history was read is left for the next visit.
            if (byVersion.TryGetValue(change.VersionId, out var known) && change.Record is { } record)
                events.AddRange(entries.Select(e => new ProvisionEvent(known, e, record.Provisions[e])));
        }
        // Gone once the last change to touch it has it on the old side only: removed, split, or merged into another.
        var last = events.LastOrDefault();
        var ended = last is not null && !last.Record.AfterIds.Contains(provisionId) ? last : null;
        var seenIn = ended is null ? changes[^1] : ended.Change.Version.FromVersionId is { } from && byVersion.TryGetValue(from, out var before) ? before : null;
        if (seenIn is null)
            return null;
        var version = await store.GetVersionAsync(seenIn.Version.VersionId, cancellationToken);
        var ids = await store.GetProvisionIdsAsync(seenIn.Version.VersionId, cancellationToken);
        if (version is null || ids is null)
            return null;
        var provisions = ProvisionSplitter.Split(version.Text);
        var index = ids.ToList().IndexOf(provisionId);
        if (index < 0 || ids.Count != provisions.Count)
            return null;
        var substantive = changes.Count(c => !c.IsInitial && !c.IsTechnicalUpgrade && c.Version.Level == SignificanceLevel.Substantive);
        return new ProvisionView(
            document,
            provisionId,
            seenIn,
            provisions[index],
            index > 0 ? new Neighbour(ids[index - 1], provisions[index - 1]) : null,
            index + 1 < provisions.Count ? new Neighbour(ids[index + 1], provisions[index + 1]) : null,
            [.. Enumerable.Reverse(events)],
            events.FirstOrDefault(e => e.Record.AfterIds.Contains(provisionId) && !e.Record.BeforeIds.Contains(provisionId)),
            ended,
            changes[0],
            substantive)
        {
            ConfirmedChanges = changes.Count(Feeds.FeedChanges.Publishable),
            LastConfirmed = changes.LastOrDefault(Feeds.FeedChanges.Publishable)?.Version.RecordedAt,
        };
    }

    /// <summary>How many confirmed changes the document has had (the ones its feed carries: no flip-back, upgrade or pending change).</summary>
    public int ConfirmedChanges { get; init; }

    /// <summary>When the latest of them was recorded, or null when there is none.</summary>
    public DateTimeOffset? LastConfirmed { get; init; }

    /// <summary>How many of the document's substantive changes touched this provision substantively.</summary>
    public int SubstantiveHere => Timeline
        .Where(e => e.Record.Significance.Level == SignificanceLevel.Substantive && !e.Change.IsTechnicalUpgrade)
        .Select(e => e.Change.Version.VersionId).Distinct().Count();

    /// <summary>"Clause 2.1 (Billing)", "Section 4" or, without a number, "Provision p7 (Billing)": the number, else the id, and the nearest heading.</summary>
    public string Title
    {
        get
        {
            var name = Provision.Number switch
            {
                null => $"Provision {ProvisionId}",
                { } n when char.IsLetter(n[0]) => n,
                { } n => $"Clause {n}",
            };
            return Provision.Kind == ProvisionKind.Heading || Provision.HeadingPath.Count == 0 ? name : $"{name} ({Provision.HeadingPath[^1]})";
        }
    }
}

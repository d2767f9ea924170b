using Clauseline.Archive;
using Clauseline.Storage;

namespace Clauseline.Records;

/// <summary>How change records are judged: the confirmation window (hours a new substance must stand before it is confirmed).</summary>
public sealed class ChangeOptions
{
    public double ConfirmationHours { get; set; } = 24;

    public TimeSpan Window => TimeSpan.FromHours(ConfirmationHours);
}

/// <summary>A version of a document with its change record and where it stands now.</summary>
public sealed record DocumentChange(Document Document, StoredChange Version, ChangeState State)
{
    /// <summary>The first version of a document records no change.</summary>
    public bool IsInitial => Version.Kind == VersionKinds.Initial;

    public bool IsTechnicalUpgrade => Version.Kind == VersionKinds.TechnicalUpgrade;
}

/// <summary>
/// A document's changes as users see them: the change records (built first where missing), each with its
/// confirmation status, flip-back mark and alert flag as of now.
/// </summary>
public sealed class ChangeHistory(Store store, ChangeOptions options, TimeProvider time)
{
    /// <summary>
    /// Every version of the document, oldest first, with its state and (unless <paramref name="withRecords"/> is
    /// false, for lists that need only headlines) its full record.
    /// </summary>
    public async Task<IReadOnlyList<DocumentChange>> ForDocumentAsync(Document document, bool withRecords = true, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        await new ChangeRecorder(store).RecordAsync(document.Id, cancellationToken);
        var versions = await store.GetChangesAsync(document.Id, withRecords, cancellationToken);
        var states = Confirmation.Evaluate(versions, time.GetUtcNow(), options.Window);
        return [.. versions.Select((v, i) => new DocumentChange(document, v, states[i]))];
    }

    /// <summary>One version's change, or null when the version is not the document's.</summary>
    public async Task<DocumentChange?> ForVersionAsync(Document document, long versionId, CancellationToken cancellationToken = default) =>
        (await ForDocumentAsync(document, cancellationToken: cancellationToken)).FirstOrDefault(c => c.Version.VersionId == versionId);
}

using Clauseline.Provisions;
using Clauseline.Segmentation;
using Clauseline.Storage;

namespace Clauseline.Records;

/// <summary>
/// Builds and stores the change records a document's versions lack, in order, carrying provision ids on from the
/// last record stored. Records from another builder version, or ids that no longer fit their version's
/// provisions, are dropped and the document's records built again from its first version.
/// </summary>
public sealed class ChangeRecorder(Store store)
{
    private const int Batch = 64;

    /// <summary>Records what is missing for one document; returns how many records were written.</summary>
    public async Task<int> RecordAsync(long documentId, CancellationToken cancellationToken = default)
    {
        var state = await store.GetRecordingStateAsync(documentId, cancellationToken);
        if (state.HasStale)
        {
            await store.DeleteChangeRecordsAsync(documentId, cancellationToken);
            state = await store.GetRecordingStateAsync(documentId, cancellationToken);
        }
        if (state.Missing.Count == 0)
            return 0;
        var (previous, previousId) = await ResumeAsync(state.Last, cancellationToken);
        var previousKey = state.Last?.SubstanceKey;
        if (state.Last is not null && previous is null)
        {
            await store.DeleteChangeRecordsAsync(documentId, cancellationToken);
            state = await store.GetRecordingStateAsync(documentId, cancellationToken);
        }
        var batch = new List<NewChangeRecord>(Batch);
        var written = 0;
        foreach (var pending in state.Missing)
        {
            var version = await store.GetVersionAsync(pending.Id, cancellationToken)
                ?? throw new InvalidOperationException($"version {pending.Id} disappeared while its change record was built");
            var (record, identified) = previous is null ? ChangeRecords.First(version.Text) : ChangeRecords.Next(previous, version.Text, previousKey);
            batch.Add(new NewChangeRecord(pending.Id, previousId, record, identified));
            (previous, previousId, previousKey) = (identified, pending.Id, record.SubstanceKey);
            if (batch.Count == Batch)
            {
                await store.AppendChangeRecordsAsync(documentId, batch, cancellationToken);
                written += batch.Count;
                batch.Clear();
            }
        }
        await store.AppendChangeRecordsAsync(documentId, batch, cancellationToken);
        return written + batch.Count;
    }

    /// <summary>Records what is missing for every document given; returns how many records were written.</summary>
    public async Task<int> RecordAsync(IEnumerable<long> documentIds, CancellationToken cancellationToken = default)
    {
        var written = 0;
        foreach (var id in documentIds)
            written += await RecordAsync(id, cancellationToken);
        return written;
    }

    /// <summary>The identified provisions of the last recorded version, or null when its stored ids do not fit its text.</summary>
    private async Task<(IdentifiedVersion? Previous, long? PreviousId)> ResumeAsync(StoredIdentity? last, CancellationToken cancellationToken)
    {
        if (last is null)
            return (null, null);
        var version = await store.GetVersionAsync(last.VersionId, cancellationToken);
        if (version is null)
            return (null, null);
        var provisions = ProvisionSplitter.Split(version.Text);
        if (provisions.Count != last.Ids.Count || last.Origins.Count != last.Ids.Count)
            return (null, null);
        return (new IdentifiedVersion(provisions, last.Ids, last.Origins, last.NextNumber), last.VersionId);
    }
}

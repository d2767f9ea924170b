using System.Data.Common;
using System.Text.Json;
using Clauseline.Records;

namespace Clauseline.Storage;

public sealed partial class Store
{
    /// <summary>What <see cref="ReadChange"/> reads of a version (<c>v</c>) and its change record (<c>c</c>), the record's JSON aside.</summary>
    private const string ChangeColumns = "v.id, v.seq, v.recorded_at, v.kind, c.from_version_id, c.substance_key, c.significance, c.headline";

    /// <summary>The versions of a document that have no change record yet, oldest first, with the record of the version before the first of them.</summary>
    public async Task<RecordingState> GetRecordingStateAsync(long documentId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var missing = await connection.QueryAsync("""
            SELECT v.id, v.seq, v.kind FROM versions v
            WHERE v.document_id = @document AND NOT EXISTS (SELECT 1 FROM change_records c WHERE c.version_id = v.id)
            ORDER BY v.seq
            """, r => new PendingVersion(r.Long("id"), (int)r.Long("seq"), r.Text("kind")), [("document", documentId)], cancellationToken: cancellationToken);
        StoredIdentity? last = null;
        if (missing.Count > 0)
        {
            last = await connection.QuerySingleAsync("""
                SELECT c.version_id, c.provision_ids, c.origins, c.next_number, c.builder_version, c.substance_key
                FROM change_records c JOIN versions v ON v.id = c.version_id
                WHERE v.document_id = @document AND v.seq < @seq ORDER BY v.seq DESC LIMIT 1
                """, ReadIdentity, [("document", documentId), ("seq", missing[0].Seq)], cancellationToken: cancellationToken);
        }
        var stale = await connection.ScalarAsync<long>(
            "SELECT COUNT(*) FROM change_records WHERE document_id = @document AND builder_version <> @builder",
            [("document", documentId), ("builder", ChangeRecords.BuilderVersion)], cancellationToken: cancellationToken);
        return new RecordingState(missing, last, stale > 0);
    }

    /// <summary>Stores change records, each with the provisions it concerns, in one transaction.</summary>
    public async Task AppendChangeRecordsAsync(long documentId, IReadOnlyList<NewChangeRecord> records, CancellationToken cancellationToken = default)
    {
        if (records.Count == 0)
            return;
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // Two processes recording the same document write the same records; the second one's are dropped.
        await Database.LockDocumentAsync(connection, transaction, documentId, cancellationToken);
        var now = DateTimeOffset.UtcNow;
        foreach (var r in records)
        {
            await connection.ExecuteAsync("""
                INSERT INTO change_records (version_id, document_id, from_version_id, substance_key, significance, headline, record, provision_ids, origins, next_number, builder_version, created_at)
                VALUES (@version, @document, @from, @key, @significance, @headline, @record, @ids, @origins, @next, @builder, @now)
                ON CONFLICT (version_id) DO NOTHING
                """,
                [("version", r.VersionId), ("document", documentId), ("from", r.FromVersionId), ("key", r.Record.SubstanceKey),
                 ("significance", r.FromVersionId is null ? "none" : r.Record.Significance.ToString().ToLowerInvariant()),
                 ("headline", r.Record.Headline), ("record", ChangeRecordJson.Serialize(r.Record)), ("ids", string.Join(' ', r.Identity.Ids)),
                 ("origins", JsonSerializer.Serialize(r.Identity.Origins)), ("next", r.Identity.NextNumber), ("builder", ChangeRecords.BuilderVersion), ("now", now)],
                transaction, cancellationToken);
            for (var entry = 0; entry < r.Record.Provisions.Count; entry++)
            {
                foreach (var id in r.Record.Provisions[entry].ProvisionIds)
                {
                    await connection.ExecuteAsync(
                        "INSERT INTO provision_changes (version_id, entry, provision_id, document_id) VALUES (@version, @entry, @id, @document) ON CONFLICT DO NOTHING",
                        [("version", r.VersionId), ("entry", entry), ("id", id), ("document", documentId)], transaction, cancellationToken);
                }
            }
        }
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Drops a document's change records so they can be built again; versions are not touched.</summary>
    public async Task DeleteChangeRecordsAsync(long documentId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync("DELETE FROM provision_changes WHERE document_id = @document", [("document", documentId)], transaction, cancellationToken);
        await connection.ExecuteAsync("DELETE FROM change_records WHERE document_id = @document", [("document", documentId)], transaction, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Every version of a document with its change record (null where none was built yet), oldest first.</summary>
    public async Task<IReadOnlyList<StoredChange>> GetChangesAsync(long documentId, bool withRecords = true, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var record = withRecords ? "c.record" : "NULL AS record";
        return await connection.QueryAsync($"""
            SELECT {ChangeColumns}, {record}
            FROM versions v LEFT JOIN change_records c ON c.version_id = v.id
            WHERE v.document_id = @document ORDER BY v.seq
            """, ReadChange, [("document", documentId)], cancellationToken: cancellationToken);
    }

    /// <summary>One version with its change record, or null when there is no such version.</summary>
    public async Task<StoredChange?> GetChangeAsync(long versionId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await connection.QuerySingleAsync($"""
            SELECT {ChangeColumns}, c.record
            FROM versions v LEFT JOIN change_records c ON c.version_id = v.id WHERE v.id = @version
            """, ReadChange, [("version", versionId)], cancellationToken: cancellationToken);
    }

    /// <summary>The ids of a version's provisions, in order, or null when it has no change record yet.</summary>
    public async Task<IReadOnlyList<string>?> GetProvisionIdsAsync(long versionId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var ids = await connection.QuerySingleAsync("SELECT provision_ids FROM change_records WHERE version_id = @version",
            r => r.Text("provision_ids"), [("version", versionId)], cancellationToken: cancellationToken);
        return ids is null ? null : ids.Length == 0 ? [] : ids.Split(' ');
    }

    /// <summary>The versions in which a provision changed (its change record and the entries about it), oldest first.</summary>
    public async Task<IReadOnlyList<(StoredChange Change, IReadOnlyList<int> Entries)>> GetProvisionTimelineAsync(long documentId, string provisionId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync($"""
            SELECT {ChangeColumns}, c.record, pc.entry
            FROM provision_changes pc JOIN versions v ON v.id = pc.version_id JOIN change_records c ON c.version_id = v.id
            WHERE pc.document_id = @document AND pc.provision_id = @provision ORDER BY v.seq, pc.entry
            """, r => (Change: ReadChange(r), Entry: (int)r.Long("entry")), [("document", documentId), ("provision", provisionId)], cancellationToken: cancellationToken);
        return [.. rows.GroupBy(r => r.Change.VersionId).Select(g => (g.First().Change, (IReadOnlyList<int>)[.. g.Select(x => x.Entry)]))];
    }

    private static StoredChange ReadChange(DbDataReader r) => new(
        r.Long("id"), (int)r.Long("seq"), r.Time("recorded_at"), r.Text("kind"), r.LongOrNull("from_version_id"), r.TextOrNull("substance_key"),
        r.TextOrNull("significance"), r.TextOrNull("headline"), r.TextOrNull("record") is { } json ? ChangeRecordJson.Deserialize(json) : null);

    private static StoredIdentity ReadIdentity(DbDataReader r) => new(
        r.Long("version_id"), r.Text("provision_ids") is { Length: > 0 } ids ? ids.Split(' ') : [],
        JsonSerializer.Deserialize<string[][]>(r.Text("origins")) ?? [], (int)r.Long("next_number"), r.Text("builder_version"), r.Text("substance_key"));
}

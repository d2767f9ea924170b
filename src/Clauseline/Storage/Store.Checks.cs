using System.Data.Common;
using Clauseline.Archive;

namespace Clauseline.Storage;

public sealed partial class Store
{
    private const string CheckColumns = "id, document_id, started_at, finished_at, trigger, outcome, reason, detail, http_status, fetcher";

    /// <summary>
    /// Writes one check in one transaction: the check, its snapshots (bytes compressed and stored once per
    /// SHA-256) and, when the text changed, the new version linked into the document's hash chain.
    /// </summary>
    public async Task<RecordedCheck> RecordCheckAsync(NewCheck check, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await Database.LockDocumentAsync(connection, transaction, check.DocumentId, cancellationToken);
        if (check.Version is { } proposed)
        {
            // Another process may have recorded the same text since this check compared: then it is unchanged.
            var latestSha = await connection.ScalarAsync<string>("SELECT text_sha256 FROM versions WHERE document_id = @document ORDER BY seq DESC LIMIT 1",
                [("document", check.DocumentId)], transaction, cancellationToken);
            if (latestSha == Hashing.Sha256(proposed.Text))
                check = check with { Outcome = CheckOutcomes.Unchanged, Version = null };
        }
        var checkId = await connection.ScalarAsync<long>("""
            INSERT INTO checks (document_id, started_at, finished_at, trigger, outcome, reason, detail, http_status, fetcher, extractor_version, declaration_hash)
            VALUES (@document, @started, @finished, @trigger, @outcome, @reason, @detail, @status, @fetcher, @extractor, @declaration)
            RETURNING id
            """,
            [("document", check.DocumentId), ("started", Hashing.Truncate(check.StartedAt)), ("finished", Hashing.Truncate(check.FinishedAt)),
             ("trigger", check.Trigger), ("outcome", check.Outcome), ("reason", check.Reason), ("detail", Clip(check.Detail)),
             ("status", check.HttpStatus), ("fetcher", check.Fetcher), ("extractor", check.ExtractorVersion), ("declaration", check.DeclarationHash)],
            transaction, cancellationToken);
        var snapshotIds = new List<long>();
        foreach (var snapshot in check.Snapshots)
            snapshotIds.Add(await InsertSnapshotAsync(connection, transaction, check.DocumentId, checkId, snapshot, cancellationToken));
        DocumentVersion? version = null;
        if (check.Version is { } newVersion)
        {
            var byPosition = check.Snapshots.Select((s, i) => (s.Position, Id: snapshotIds[i])).ToDictionary(p => p.Position, p => p.Id);
            var ids = newVersion.ReusedSnapshotIds.Select((reused, position) => reused ?? byPosition[position]).ToList();
            version = await AppendVersionAsync(connection, transaction, check.DocumentId, newVersion, ids, checkId, cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return new RecordedCheck(checkId, snapshotIds, version);
    }

    public async Task<IReadOnlyList<Check>> GetChecksAsync(long documentId, int limit = 50, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await connection.QueryAsync(
            $"SELECT {CheckColumns} FROM checks WHERE document_id = @document ORDER BY id DESC LIMIT @limit",
            ReadCheck, [("document", documentId), ("limit", limit)], cancellationToken: cancellationToken);
    }

    /// <summary>Whether a check after the latest version already confirmed its text under these extraction rules.</summary>
    public async Task<bool> RulesConfirmedAsync(long documentId, long latestVersionId, string extractorVersion, string declarationHash, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var count = await connection.ScalarAsync<long>("""
            SELECT COUNT(*) FROM checks c
            WHERE c.document_id = @document AND c.outcome = 'unchanged'
              AND c.extractor_version = @extractor AND c.declaration_hash = @declaration
              AND c.id > COALESCE((SELECT v.check_id FROM versions v WHERE v.id = @version), 0)
            """,
            [("document", documentId), ("version", latestVersionId), ("extractor", extractorVersion), ("declaration", declarationHash)],
            cancellationToken: cancellationToken);
        return count > 0;
    }

    /// <summary>The state of every document, for the platform list and the failing-documents view.</summary>
    public async Task<IReadOnlyList<DocumentState>> GetDocumentStatesAsync(long? platformId = null, CancellationToken cancellationToken = default)
    {
        var documents = await GetDocumentsAsync(platformId, cancellationToken);
        await using var connection = await OpenAsync(cancellationToken);
        var lastChecks = (await connection.QueryAsync(
            $"SELECT {CheckColumns} FROM checks WHERE id IN (SELECT MAX(id) FROM checks GROUP BY document_id)", ReadCheck, cancellationToken: cancellationToken))
            .ToDictionary(c => c.DocumentId);
        var versions = (await connection.QueryAsync(
            "SELECT document_id, COUNT(*) AS n, MAX(seq) AS last_seq FROM versions GROUP BY document_id",
            r => (Document: r.Long("document_id"), Count: (int)r.Long("n"), LastSeq: (int)r.Long("last_seq")), cancellationToken: cancellationToken))
            .ToDictionary(v => v.Document);
        var lastChanges = (await connection.QueryAsync(
            "SELECT v.document_id, v.recorded_at FROM versions v WHERE v.kind <> 'technical-upgrade' AND v.seq = (SELECT MAX(w.seq) FROM versions w WHERE w.document_id = v.document_id AND w.kind <> 'technical-upgrade')",
            r => (Document: r.Long("document_id"), At: r.Time("recorded_at")), cancellationToken: cancellationToken))
            .ToDictionary(v => v.Document, v => v.At);
        var failingSince = (await connection.QueryAsync("""
            SELECT c.document_id, MIN(c.started_at) AS since FROM checks c
            WHERE c.outcome = 'failed' AND c.id > COALESCE((SELECT MAX(o.id) FROM checks o WHERE o.document_id = c.document_id AND o.outcome <> 'failed'), 0)
            GROUP BY c.document_id
            """, r => (Document: r.Long("document_id"), Since: r.Time("since")), cancellationToken: cancellationToken))
            .ToDictionary(f => f.Document, f => f.Since);
        return [.. documents.Select(d => new DocumentState(
            d,
            lastChecks.GetValueOrDefault(d.Id),
            lastChanges.TryGetValue(d.Id, out var changed) ? changed : null,
            versions.TryGetValue(d.Id, out var v) ? v.Count : 0,
            failingSince.TryGetValue(d.Id, out var since) ? since : null))];
    }

    private static async Task<long> InsertSnapshotAsync(DbConnection connection, DbTransaction transaction, long documentId, long checkId, NewSnapshot snapshot, CancellationToken cancellationToken)
    {
        var sha = Hashing.Sha256(snapshot.Body);
        await connection.ExecuteAsync(
            "INSERT INTO blobs (sha256, size, compression, data) VALUES (@sha, @size, @compression, @data) ON CONFLICT (sha256) DO NOTHING",
            [("sha", sha), ("size", (long)snapshot.Body.Length), ("compression", Compression.Name), ("data", Compression.Compress(snapshot.Body))],
            transaction, cancellationToken);
        return await connection.ScalarAsync<long>("""
            INSERT INTO snapshots (document_id, check_id, position, url, final_url, fetched_at, fetcher, http_status, content_type, etag, last_modified, sha256)
            VALUES (@document, @check, @position, @url, @final, @fetched, @fetcher, @status, @type, @etag, @modified, @sha)
            RETURNING id
            """,
            [("document", documentId), ("check", checkId), ("position", snapshot.Position), ("url", snapshot.Url), ("final", snapshot.FinalUrl),
             ("fetched", Hashing.Truncate(snapshot.FetchedAt)), ("fetcher", snapshot.Fetcher), ("status", snapshot.HttpStatus),
             ("type", snapshot.ContentType), ("etag", snapshot.ETag), ("modified", snapshot.LastModified), ("sha", sha)],
            transaction, cancellationToken);
    }

    private static string? Clip(string? detail) => detail is { Length: > 2000 } ? detail[..2000] : detail;

    private static Check ReadCheck(DbDataReader r) => new(
        r.Long("id"), r.Long("document_id"), r.Time("started_at"), r.Time("finished_at"), r.Text("trigger"), r.Text("outcome"),
        r.TextOrNull("reason"), r.TextOrNull("detail"), r.IntOrNull("http_status"), r.TextOrNull("fetcher"));
}

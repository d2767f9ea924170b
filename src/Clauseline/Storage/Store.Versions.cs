using System.Data.Common;
using Clauseline.Archive;

namespace Clauseline.Storage;

public sealed partial class Store
{
    private const string VersionColumns = "id, document_id, seq, recorded_at, kind, origin, text, text_sha256, chain_hash, extractor_version, declaration_hash, source_hash, check_id, source";

    /// <summary>
    /// Appends imported versions of one document in date order, in one transaction. A version is skipped
    /// when its source was imported before, when its text equals the version before it, or when it is
    /// older than the archive's latest version (history is only ever appended).
    /// </summary>
    public async Task<(int Appended, int Skipped)> AppendImportedVersionsAsync(long documentId, IReadOnlyList<NewVersion> versions, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await Database.LockDocumentAsync(connection, transaction, documentId, cancellationToken);
        var seen = (await connection.QueryAsync("SELECT source FROM versions WHERE document_id = @document AND source IS NOT NULL",
            r => r.Text("source"), [("document", documentId)], transaction, cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var latest = await connection.QuerySingleAsync($"SELECT {VersionColumns} FROM versions WHERE document_id = @document ORDER BY seq DESC LIMIT 1",
            ReadVersion, [("document", documentId)], transaction, cancellationToken);
        var (appended, skipped) = (0, 0);
        foreach (var version in versions.OrderBy(v => v.RecordedAt))
        {
            var stale = latest is not null && Hashing.Truncate(version.RecordedAt) <= latest.RecordedAt;
            if ((version.Source is not null && seen.Contains(version.Source)) || stale || latest?.Text == version.Text)
            {
                skipped++;
                continue;
            }
            // Our own reading of a text that an import says in other formatting is the same terms.
            var kind = latest is null ? VersionKinds.Initial
                : latest.Origin != "import" && Wording.SameWords(latest.Text, version.Text) ? VersionKinds.TechnicalUpgrade
                : version.Kind;
            latest = await AppendVersionAsync(connection, transaction, documentId, version with { Kind = kind }, [], null, cancellationToken);
            appended++;
        }
        await transaction.CommitAsync(cancellationToken);
        return (appended, skipped);
    }

    public async Task<DocumentVersion?> GetLatestVersionAsync(long documentId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await connection.QuerySingleAsync($"SELECT {VersionColumns} FROM versions WHERE document_id = @document ORDER BY seq DESC LIMIT 1",
            ReadVersion, [("document", documentId)], cancellationToken: cancellationToken);
    }

    /// <summary>The id of every document's latest version, by document id: one small query, cheap enough to ask on each page view.</summary>
    public async Task<IReadOnlyDictionary<long, long>> GetLatestVersionIdsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync(
            "SELECT v.document_id, v.id FROM versions v WHERE v.seq = (SELECT MAX(w.seq) FROM versions w WHERE w.document_id = v.document_id)",
            r => (Document: r.Long("document_id"), Version: r.Long("id")), cancellationToken: cancellationToken);
        return rows.ToDictionary(r => r.Document, r => r.Version);
    }

    public async Task<DocumentVersion?> GetVersionAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await connection.QuerySingleAsync($"SELECT {VersionColumns} FROM versions WHERE id = @id", ReadVersion, [("id", id)], cancellationToken: cancellationToken);
    }

    /// <summary>The versions of a document, newest first, without their texts.</summary>
    public async Task<IReadOnlyList<VersionSummary>> GetVersionsAsync(long documentId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await connection.QueryAsync(
            "SELECT id, document_id, seq, recorded_at, kind, origin, text_sha256, LENGTH(text) AS length FROM versions WHERE document_id = @document ORDER BY seq DESC",
            r => new VersionSummary(r.Long("id"), r.Long("document_id"), (int)r.Long("seq"), r.Time("recorded_at"), r.Text("kind"), r.Text("origin"), r.Text("text_sha256"), (int)r.Long("length")),
            [("document", documentId)], cancellationToken: cancellationToken);
    }

    /// <summary>Every version of the given documents, oldest first per document, one at a time, with the SHA-256 of the snapshots it was read from.</summary>
    public async IAsyncEnumerable<(Document Document, DocumentVersion Version, IReadOnlyList<string> SnapshotSha256s)> ExportAsync(IReadOnlyList<Document> documents, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        foreach (var document in documents)
        {
            var snapshots = (await connection.QueryAsync("""
                SELECT vs.version_id, s.sha256 FROM version_snapshots vs
                JOIN versions v ON v.id = vs.version_id JOIN snapshots s ON s.id = vs.snapshot_id
                WHERE v.document_id = @document ORDER BY vs.version_id, vs.position
                """, r => (Version: r.Long("version_id"), Sha: r.Text("sha256")), [("document", document.Id)], cancellationToken: cancellationToken))
                .ToLookup(l => l.Version, l => l.Sha);
            await using var command = connection.Command($"SELECT {VersionColumns} FROM versions WHERE document_id = @document ORDER BY seq", [("document", document.Id)]);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var version = ReadVersion(reader);
                yield return (document, version, [.. snapshots[version.Id]]);
            }
        }
    }

    /// <summary>The snapshots a version was extracted from, in source order.</summary>
    public async Task<IReadOnlyList<Snapshot>> GetVersionSnapshotsAsync(long versionId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await connection.QueryAsync($"""
            SELECT s.id, s.document_id, s.check_id, s.position, s.url, s.final_url, s.fetched_at, s.fetcher, s.http_status, s.content_type, s.etag, s.last_modified, s.sha256
            FROM version_snapshots vs JOIN snapshots s ON s.id = vs.snapshot_id
            WHERE vs.version_id = @version ORDER BY vs.position
            """, ReadSnapshot, [("version", versionId)], cancellationToken: cancellationToken);
    }

    /// <summary>
    /// For each source position, the newest snapshot that a successful check read (its text is the latest
    /// version's): the bytes whose validators a conditional GET sends, and which a 304 stands for.
    /// </summary>
    public async Task<IReadOnlyDictionary<int, Snapshot>> GetLatestReadSnapshotsAsync(long documentId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync("""
            SELECT s.id, s.document_id, s.check_id, s.position, s.url, s.final_url, s.fetched_at, s.fetcher, s.http_status, s.content_type, s.etag, s.last_modified, s.sha256
            FROM snapshots s JOIN checks c ON c.id = s.check_id
            WHERE s.document_id = @document AND c.outcome IN ('unchanged', 'new-version', 'technical-upgrade')
              AND s.id = (SELECT MAX(t.id) FROM snapshots t JOIN checks u ON u.id = t.check_id
                          WHERE t.document_id = s.document_id AND t.position = s.position AND u.outcome IN ('unchanged', 'new-version', 'technical-upgrade'))
            """, ReadSnapshot, [("document", documentId)], cancellationToken: cancellationToken);
        return rows.ToDictionary(r => r.Position);
    }

    /// <summary>The original bytes of a snapshot.</summary>
    public async Task<byte[]> GetSnapshotBodyAsync(string sha256, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var blob = await connection.QuerySingleAsync("SELECT compression, data FROM blobs WHERE sha256 = @sha",
            r => new StoredBlob(r.Text("compression"), (byte[])r["data"]), [("sha", sha256)], cancellationToken: cancellationToken)
            ?? throw new InvalidDataException($"snapshot blob {sha256} is missing");
        return Compression.Decompress(blob.Data, blob.Compression);
    }

    private static async Task<DocumentVersion> AppendVersionAsync(DbConnection connection, DbTransaction transaction, long documentId, NewVersion version, IReadOnlyList<long> snapshotIds, long? checkId, CancellationToken cancellationToken)
    {
        var key = await connection.ScalarAsync<string>(
            "SELECT p.slug || '/' || d.type_id FROM documents d JOIN platforms p ON p.id = d.platform_id WHERE d.id = @document",
            [("document", documentId)], transaction, cancellationToken);
        var previous = await connection.QuerySingleAsync("SELECT seq, chain_hash FROM versions WHERE document_id = @document ORDER BY seq DESC LIMIT 1",
            r => new PreviousLink((int)r.Long("seq"), r.Text("chain_hash")), [("document", documentId)], transaction, cancellationToken);
        var snapshotHashes = new List<string>();
        foreach (var snapshotId in snapshotIds)
            snapshotHashes.Add(await connection.ScalarAsync<string>("SELECT sha256 FROM snapshots WHERE id = @id", [("id", snapshotId)], transaction, cancellationToken));
        var seq = (previous?.Seq ?? 0) + 1;
        var recordedAt = Hashing.Truncate(version.RecordedAt);
        var textSha = Hashing.Sha256(version.Text);
        var chain = Hashing.Chain(previous?.ChainHash ?? Hashing.Genesis, key, seq, recordedAt, version.Kind, version.Origin, textSha, snapshotHashes);
        var versionId = await connection.ScalarAsync<long>("""
            INSERT INTO versions (document_id, seq, recorded_at, kind, origin, text, text_sha256, chain_hash, extractor_version, declaration_hash, source_hash, check_id, source)
            VALUES (@document, @seq, @recorded, @kind, @origin, @text, @sha, @chain, @extractor, @declaration, @sourceHash, @check, @source)
            RETURNING id
            """,
            [("document", documentId), ("seq", seq), ("recorded", recordedAt), ("kind", version.Kind), ("origin", version.Origin),
             ("text", version.Text), ("sha", textSha), ("chain", chain), ("extractor", version.ExtractorVersion),
             ("declaration", version.DeclarationHash), ("sourceHash", version.SourceHash), ("check", checkId), ("source", version.Source)],
            transaction, cancellationToken);
        for (var position = 0; position < snapshotIds.Count; position++)
        {
            await connection.ExecuteAsync("INSERT INTO version_snapshots (version_id, position, snapshot_id) VALUES (@version, @position, @snapshot)",
                [("version", versionId), ("position", position), ("snapshot", snapshotIds[position])], transaction, cancellationToken);
        }
        return new DocumentVersion(versionId, documentId, seq, recordedAt, version.Kind, version.Origin, version.Text, textSha, chain,
            version.ExtractorVersion, version.DeclarationHash, version.SourceHash, checkId, version.Source);
    }

    private sealed record PreviousLink(int Seq, string ChainHash);

    private sealed record StoredBlob(string Compression, byte[] Data);

    private static DocumentVersion ReadVersion(DbDataReader r) => new(
        r.Long("id"), r.Long("document_id"), (int)r.Long("seq"), r.Time("recorded_at"), r.Text("kind"), r.Text("origin"), r.Text("text"),
        r.Text("text_sha256"), r.Text("chain_hash"), r.TextOrNull("extractor_version"), r.TextOrNull("declaration_hash"), r.TextOrNull("source_hash"),
        r.LongOrNull("check_id"), r.TextOrNull("source"));

    private static Snapshot ReadSnapshot(DbDataReader r) => new(
        r.Long("id"), r.Long("document_id"), r.Long("check_id"), (int)r.Long("position"), r.Text("url"), r.Text("final_url"), r.Time("fetched_at"),
        r.Text("fetcher"), (int)r.Long("http_status"), r.TextOrNull("content_type"), r.TextOrNull("etag"), r.TextOrNull("last_modified"), r.Text("sha256"));
}

using Clauseline.Archive;

namespace Clauseline.Storage;

public sealed partial class Store
{
    /// <summary>
    /// Recomputes, for each document, every text hash and chain link in order, and the SHA-256 of every
    /// snapshot's stored bytes. The first broken link of each document is reported, with what differs.
    /// Heads are the latest chain hash of each document: kept elsewhere, they also reveal a removed tail.
    /// </summary>
    public async Task<VerifyReport> VerifyAsync(IReadOnlyList<Document> documents, CancellationToken cancellationToken = default)
    {
        var problems = new List<string>();
        var heads = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var (versionCount, snapshotCount) = (0, 0);
        await using var connection = await OpenAsync(cancellationToken);
        foreach (var document in documents)
        {
            var versions = await connection.QueryAsync($"SELECT {VersionColumns} FROM versions WHERE document_id = @document ORDER BY seq",
                ReadVersion, [("document", document.Id)], cancellationToken: cancellationToken);
            var links = await connection.QueryAsync("""
                SELECT vs.version_id, vs.position, s.sha256 FROM version_snapshots vs
                JOIN versions v ON v.id = vs.version_id JOIN snapshots s ON s.id = vs.snapshot_id
                WHERE v.document_id = @document ORDER BY vs.version_id, vs.position
                """, r => (Version: r.Long("version_id"), Sha: r.Text("sha256")), [("document", document.Id)], cancellationToken: cancellationToken);
            var snapshotsOf = links.ToLookup(l => l.Version, l => l.Sha);
            var previous = Hashing.Genesis;
            for (var i = 0; i < versions.Count; i++)
            {
                var version = versions[i];
                versionCount++;
                var where = $"{document.Key} version {version.Seq} (id {version.Id}, recorded {version.RecordedAt:yyyy-MM-dd HH:mm:ss}Z)";
                if (version.Seq != i + 1)
                {
                    problems.Add($"{where}: expected version number {i + 1}: a version was removed or inserted");
                    break;
                }
                if (Hashing.Sha256(version.Text) != version.TextSha256)
                {
                    problems.Add($"{where}: the text does not match its recorded hash: the text was altered");
                    break;
                }
                var expected = Hashing.Chain(previous, document.Key, version.Seq, version.RecordedAt, version.Kind, version.Origin, version.TextSha256, snapshotsOf[version.Id]);
                if (expected != version.ChainHash)
                {
                    problems.Add($"{where}: the chain hash does not match: this version or the one before it was altered, re-dated, relabelled, removed or inserted, or its snapshots changed");
                    break;
                }
                previous = version.ChainHash;
            }
            if (versions.Count > 0)
                heads[document.Key] = versions[^1].ChainHash;
            var orphanChecks = await connection.QueryAsync("""
                SELECT c.id FROM checks c
                WHERE c.document_id = @document AND c.outcome IN ('new-version', 'technical-upgrade')
                  AND NOT EXISTS (SELECT 1 FROM versions v WHERE v.check_id = c.id)
                """, r => r.Long("id"), [("document", document.Id)], cancellationToken: cancellationToken);
            foreach (var check in orphanChecks)
                problems.Add($"{document.Key}: check {check} recorded a new version that is no longer in the archive");
            var blobs = await connection.QueryAsync("""
                SELECT s.id, s.sha256, b.compression, b.data FROM snapshots s LEFT JOIN blobs b ON b.sha256 = s.sha256
                WHERE s.document_id = @document ORDER BY s.id
                """, r => (Id: r.Long("id"), Sha: r.Text("sha256"), Compression: r.TextOrNull("compression"), Data: r["data"] as byte[]),
                [("document", document.Id)], cancellationToken: cancellationToken);
            foreach (var blob in blobs)
            {
                snapshotCount++;
                if (blob.Data is null || blob.Compression is null)
                {
                    problems.Add($"{document.Key} snapshot {blob.Id}: its bytes ({blob.Sha}) are missing");
                    continue;
                }
                string actual;
                try
                {
                    actual = Hashing.Sha256(Compression.Decompress(blob.Data, blob.Compression));
                }
                catch (InvalidDataException e)
                {
                    problems.Add($"{document.Key} snapshot {blob.Id}: its bytes cannot be read ({e.Message})");
                    continue;
                }
                if (actual != blob.Sha)
                    problems.Add($"{document.Key} snapshot {blob.Id}: its bytes hash to {actual}, not the recorded {blob.Sha}: the snapshot was altered");
            }
        }
        return new VerifyReport(documents.Count, versionCount, snapshotCount, problems, heads);
    }
}

using Clauseline.Archive;

namespace Clauseline.Storage;

public sealed partial class Store
{
    /// <summary>
    /// Up to <paramref name="limit"/> versions of a document, newest first, starting below <paramref name="beforeSeq"/>
    /// (from the newest when null), without their texts: a page of a long history read by key, not by offset.
    /// </summary>
    public async Task<IReadOnlyList<VersionHead>> GetVersionHeadsAsync(long documentId, int? beforeSeq, int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        // The key condition only when there is a key: PostgreSQL cannot type a parameter that is only ever null.
        var after = beforeSeq is null ? "" : "AND seq < @before";
        return await connection.QueryAsync($"""
            SELECT id, document_id, seq, recorded_at, kind, origin, text_sha256, chain_hash FROM versions
            WHERE document_id = @document {after}
            ORDER BY seq DESC LIMIT @limit
            """,
            r => new VersionHead(r.Long("id"), r.Long("document_id"), (int)r.Long("seq"), r.Time("recorded_at"), r.Text("kind"), r.Text("origin"), r.Text("text_sha256"), r.Text("chain_hash")),
            [("document", documentId), ("before", beforeSeq ?? 0), ("limit", limit)], cancellationToken: cancellationToken);
    }
}

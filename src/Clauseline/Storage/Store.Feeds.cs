namespace Clauseline.Storage;

public sealed partial class Store
{
    /// <summary>The platforms followed by the most organisations (through any subscription naming the platform), most followed first.</summary>
    public async Task<IReadOnlyList<FollowedPlatform>> GetMostFollowedPlatformsAsync(int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await connection.QueryAsync("""
            SELECT platform_id, COUNT(DISTINCT organisation_id) AS organisations FROM subscriptions
            WHERE platform_id IS NOT NULL GROUP BY platform_id ORDER BY organisations DESC, platform_id LIMIT @limit
            """, r => new FollowedPlatform(r.Long("platform_id"), (int)r.Long("organisations")), [("limit", limit)], cancellationToken: cancellationToken);
    }

    /// <summary>The documents whose latest change (other than a technical upgrade) is newest, newest first.</summary>
    public async Task<IReadOnlyList<long>> GetRecentlyChangedDocumentIdsAsync(int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await connection.QueryAsync("""
            SELECT document_id, MAX(recorded_at) AS changed FROM versions WHERE kind = 'change'
            GROUP BY document_id ORDER BY changed DESC, document_id LIMIT @limit
            """, r => r.Long("document_id"), [("limit", limit)], cancellationToken: cancellationToken);
    }

    /// <summary>Every (version, entry, provision) of a document's change records: which lines of which records concern which provisions.</summary>
    public async Task<IReadOnlyList<(long VersionId, int Entry, string ProvisionId)>> GetProvisionChangesAsync(long documentId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await connection.QueryAsync("SELECT version_id, entry, provision_id FROM provision_changes WHERE document_id = @document",
            r => (r.Long("version_id"), (int)r.Long("entry"), r.Text("provision_id")), [("document", documentId)], cancellationToken: cancellationToken);
    }
}

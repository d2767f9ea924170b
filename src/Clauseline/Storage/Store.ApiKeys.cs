using System.Data.Common;
using Clauseline.Accounts;

namespace Clauseline.Storage;

/// <summary>API keys: <c>cl_&lt;prefix&gt;_&lt;secret&gt;</c>, found by prefix and proved by the SHA-256 of the whole key, which is all that is kept.</summary>
public sealed partial class Store
{
    private const string ApiKeyColumns = "id, organisation_id, name, prefix, scope, created_by, created_at, last_used_at, revoked_at";

    /// <summary>Creates a key; the raw key in the result is the only copy there will ever be.</summary>
    public async Task<CreatedApiKey> CreateApiKeyAsync(long organisationId, string name, ApiKeyScope scope, long? createdBy = null, CancellationToken cancellationToken = default)
    {
        var prefix = Secrets.Hex(6);
        var raw = $"cl_{prefix}_{Secrets.Hex(24)}";
        await using var connection = await OpenAsync(cancellationToken);
        var id = await connection.ScalarAsync<long>(
            """
            INSERT INTO api_keys (organisation_id, name, prefix, key_hash, scope, created_by, created_at)
            VALUES (@organisation, @name, @prefix, @hash, @scope, @by, @now) RETURNING id
            """,
            [("organisation", organisationId), ("name", name.Trim()), ("prefix", prefix), ("hash", Secrets.Hash(raw)), ("scope", scope.Id()), ("by", createdBy), ("now", Now())],
            cancellationToken: cancellationToken);
        var key = (await connection.QuerySingleAsync($"SELECT {ApiKeyColumns} FROM api_keys WHERE id = @id", ReadApiKey, [("id", id)], cancellationToken: cancellationToken))!;
        return new CreatedApiKey(key, raw);
    }

    /// <summary>The unrevoked key a raw key proves, or null for a malformed, unknown, wrong or revoked key.</summary>
    public async Task<ApiKey?> FindApiKeyAsync(string rawKey, CancellationToken cancellationToken = default)
    {
        var parts = rawKey.Trim().Split('_', 3);
        if (parts.Length != 3 || parts[0] != "cl" || parts[1].Length == 0)
            return null;
        await using var connection = await OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync(
            $"SELECT {ApiKeyColumns}, key_hash FROM api_keys WHERE prefix = @prefix AND revoked_at IS NULL",
            r => (Key: ReadApiKey(r), Hash: r.Text("key_hash")), [("prefix", parts[1])], cancellationToken: cancellationToken);
        return rows.Count == 1 && Secrets.SameHash(rows[0].Hash, Secrets.Hash(rawKey.Trim())) ? rows[0].Key : null;
    }

    /// <summary>An organisation's keys, newest first; revoked ones are kept for the record.</summary>
    public async Task<IReadOnlyList<ApiKey>> GetApiKeysAsync(long organisationId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await connection.QueryAsync($"SELECT {ApiKeyColumns} FROM api_keys WHERE organisation_id = @organisation ORDER BY id DESC", ReadApiKey,
            [("organisation", organisationId)], cancellationToken: cancellationToken);
    }

    public async Task<int> CountActiveApiKeysAsync(long organisationId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return (int)await connection.ScalarAsync<long>("SELECT COUNT(*) FROM api_keys WHERE organisation_id = @organisation AND revoked_at IS NULL",
            [("organisation", organisationId)], cancellationToken: cancellationToken);
    }

    /// <summary>Revokes one of the organisation's keys; false when it has no such unrevoked key.</summary>
    public async Task<bool> RevokeApiKeyAsync(long organisationId, long keyId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await connection.ExecuteAsync("UPDATE api_keys SET revoked_at = @now WHERE id = @id AND organisation_id = @organisation AND revoked_at IS NULL",
            [("now", Now()), ("id", keyId), ("organisation", organisationId)], cancellationToken: cancellationToken) == 1;
    }

    public async Task TouchApiKeyAsync(long keyId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await connection.ExecuteAsync("UPDATE api_keys SET last_used_at = @now WHERE id = @id", [("now", Now()), ("id", keyId)], cancellationToken: cancellationToken);
    }

    private static ApiKey ReadApiKey(DbDataReader r) => new(
        r.Long("id"), r.Long("organisation_id"), r.Text("name"), r.Text("prefix"), ApiKeyScopes.Parse(r.Text("scope")) ?? ApiKeyScope.Read,
        r.LongOrNull("created_by"), r.Time("created_at"), r.TimeOrNull("last_used_at"), r.TimeOrNull("revoked_at"));
}

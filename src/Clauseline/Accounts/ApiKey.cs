namespace Clauseline.Accounts;

/// <summary>An organisation's API key as it can be shown after creation: its name, prefix and scope, never the secret.</summary>
public sealed record ApiKey(
    long Id,
    long OrganisationId,
    string Name,
    string Prefix,
    ApiKeyScope Scope,
    long? CreatedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset? LastUsedAt,
    DateTimeOffset? RevokedAt)
{
    public bool Revoked => RevokedAt is not null;
}

/// <summary>A key just created: <see cref="RawKey"/> (<c>cl_&lt;prefix&gt;_&lt;secret&gt;</c>) is shown once and never stored.</summary>
public sealed record CreatedApiKey(ApiKey Key, string RawKey);

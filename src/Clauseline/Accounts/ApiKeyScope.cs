namespace Clauseline.Accounts;

/// <summary>What an API key may do: read only, or also change the organisation's subscriptions and channels.</summary>
public enum ApiKeyScope
{
    Read,
    ReadWrite,
}

/// <summary>Scopes as the database and forms write them (<c>read</c>, <c>read-write</c>).</summary>
public static class ApiKeyScopes
{
    public static string Id(this ApiKeyScope scope) => scope switch
    {
        ApiKeyScope.Read => "read",
        ApiKeyScope.ReadWrite => "read-write",
        _ => throw new ArgumentOutOfRangeException(nameof(scope), scope, null),
    };

    public static ApiKeyScope? Parse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "read" => ApiKeyScope.Read,
        "read-write" => ApiKeyScope.ReadWrite,
        _ => null,
    };
}

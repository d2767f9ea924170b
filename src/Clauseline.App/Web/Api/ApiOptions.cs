namespace Clauseline.App.Web.Api;

/// <summary>The API's settings, bound from the <c>Api</c> section (<c>CLAUSELINE_Api__RateLimit__PermitsPerMinute=600</c>).</summary>
public sealed class ApiOptions
{
    public RateLimitOptions RateLimit { get; set; } = new();

    /// <summary>How many items a page of a list holds when the caller does not say, and at most.</summary>
    public int DefaultPageSize { get; set; } = 50;

    public int MaxPageSize { get; set; } = 200;
}

/// <summary>Requests each API key may make per minute; off (<c>Enabled=false</c>) for benchmarks.</summary>
public sealed class RateLimitOptions
{
    public bool Enabled { get; set; } = true;

    public int PermitsPerMinute { get; set; } = 120;
}

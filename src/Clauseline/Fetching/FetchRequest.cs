namespace Clauseline.Fetching;

/// <summary>One URL to fetch, with the validators of its last snapshot for a conditional GET.</summary>
public sealed record FetchRequest(Uri Url, string? ETag = null, string? LastModified = null, string? Language = null, bool IgnoreRobots = false);

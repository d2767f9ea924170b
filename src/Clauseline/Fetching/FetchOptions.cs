namespace Clauseline.Fetching;

/// <summary>Limits and politeness of fetching, bound from the <c>Fetch</c> configuration section.</summary>
public sealed class FetchOptions
{
    public string ContactUrl { get; set; } = "https://github.com/clauseline/clauseline";
    public string ProductVersion { get; set; } = "1.0";
    public int MaxBodyBytes { get; set; } = 10 * 1024 * 1024;
    public int MaxRedirects { get; set; } = 5;
    public int AttemptTimeoutMs { get; set; } = 30_000;
    public int TotalTimeoutMs { get; set; } = 90_000;
    public int RetryAttempts { get; set; } = 2;
    public int RetryDelayMs { get; set; } = 2_000;
    public int MinDelayPerHostMs { get; set; } = 1_000;
    public int BrowserTimeoutMs { get; set; } = 45_000;
    public string BrowserPath { get; set; } = "/usr/bin/chromium";
    public bool BrowserFallback { get; set; } = true;

    /// <summary>Chromium's <c>--host-resolver-rules</c>; on a machine without internet, keep it from looking up hosts it cannot reach.</summary>
    public string? BrowserHostRules { get; set; }

    public string UserAgent => $"Clauseline/{ProductVersion} (+{ContactUrl})";

    /// <summary>The product token matched against robots.txt user-agent lines (RFC 9309 §2.2.1).</summary>
    public const string RobotsToken = "clauseline";
}

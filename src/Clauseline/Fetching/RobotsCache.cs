using System.Collections.Concurrent;

namespace Clauseline.Fetching;

/// <summary>
/// robots.txt per origin, kept at most 24 hours (RFC 9309 §2.4). A 4xx means no rules; a 5xx or an
/// unreachable server means complete disallow until it answers (RFC 9309 §2.3.1.3–4); that failure is
/// returned with its own reason, so a check that never reached the host says why.
/// </summary>
public sealed class RobotsCache(TimeProvider time)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    /// <summary>A robots.txt that could not be read is asked for again soon: one network blip must not stop a host for a day.</summary>
    private static readonly TimeSpan FailureLifetime = TimeSpan.FromMinutes(5);

    /// <summary>RFC 9309 §2.5: at least the first 500 KiB must be parsed; the rest may be ignored.</summary>
    private const int ParsedBytes = 500 * 1024;
    private readonly ConcurrentDictionary<string, (RobotsRules Rules, DateTimeOffset At, FetchFailed? Failure)> _entries = new(StringComparer.OrdinalIgnoreCase);

    public async Task<(RobotsRules Rules, FetchFailed? Failure)> GetAsync(Uri url, Func<Uri, CancellationToken, Task<FetchOutcome>> fetch, CancellationToken cancellationToken)
    {
        var origin = url.GetLeftPart(UriPartial.Authority);
        if (_entries.TryGetValue(origin, out var cached) && time.GetUtcNow() - cached.At < (cached.Failure is null ? Lifetime : FailureLifetime))
            return (cached.Rules, cached.Failure);
        var outcome = await fetch(new Uri(origin + "/robots.txt"), cancellationToken);
        (RobotsRules, FetchFailed?) entry = outcome switch
        {
            Fetched { Status: >= 200 and < 300 } f => (RobotsRules.Parse(TextDecoding.Decode(f.Body[..Math.Min(f.Body.Length, ParsedBytes)], f.ContentType), FetchOptions.RobotsToken), null),
            FetchFailed { Reason: FailureReason.TooManyRedirects or FailureReason.TooLarge } => (RobotsRules.AllowAll, null),
            FetchFailed { Status: >= 400 and < 500 } => (RobotsRules.AllowAll, null),
            FetchFailed { Reason: FailureReason.NotFound or FailureReason.Gone or FailureReason.Forbidden or FailureReason.Unauthorized } => (RobotsRules.AllowAll, null),
            FetchFailed failed => (RobotsRules.DisallowAll, failed),
            _ => (RobotsRules.AllowAll, null),
        };
        _entries[origin] = (entry.Item1, time.GetUtcNow(), entry.Item2);
        return entry;
    }
}

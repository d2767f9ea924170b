namespace Clauseline.Alerts;

/// <summary>
/// How alerts are confirmed and delivered, from the <c>Alerts</c> section of the configuration (and
/// <see cref="BaseUrl"/> from <c>Site:BaseUrl</c>): how often the confirmer and sender run, the age past which a
/// confirmed change is recorded but not sent, and the retry schedule of deliveries.
/// </summary>
public sealed class AlertOptions
{
    /// <summary>Whether <c>serve</c> runs the confirmer, the sender and the digest.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Seconds between runs of the confirmer and the sender.</summary>
    public int IntervalSeconds { get; set; } = 60;

    /// <summary>
    /// Changes confirmed longer ago than this get their confirmation but no alert: the first run over an imported
    /// archive must not send one mail per historical change.
    /// </summary>
    public double MaxAgeHours { get; set; } = 72;

    /// <summary>Attempts before a delivery is given up as failed.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>The wait after the first failed attempt; each later wait doubles, with jitter, up to <see cref="RetryCapSeconds"/>.</summary>
    public double RetryBaseSeconds { get; set; } = 60;

    public double RetryCapSeconds { get; set; } = 6 * 3600;

    /// <summary>How long a sender holds a claimed delivery before another sender may try it (a sender that died mid-send).</summary>
    public double LeaseSeconds { get; set; } = 300;

    /// <summary>Deliveries sent per run of the sender.</summary>
    public int BatchSize { get; set; } = 50;

    /// <summary>Seconds a webhook receiver has to answer.</summary>
    public double WebhookTimeoutSeconds { get; set; } = 30;

    /// <summary>The local hour on Mondays from which an organisation's weekly digest is due.</summary>
    public int DigestHour { get; set; } = 8;

    /// <summary>The site's address, for the absolute links of emails and webhooks.</summary>
    public string BaseUrl { get; set; } = "http://localhost:5080";

    public TimeSpan MaxAge => TimeSpan.FromHours(MaxAgeHours);

    /// <summary>An absolute URL of the site for a path starting with '/'.</summary>
    public string Url(string path) => BaseUrl.TrimEnd('/') + path;
}

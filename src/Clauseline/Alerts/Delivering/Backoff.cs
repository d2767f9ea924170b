namespace Clauseline.Alerts.Delivering;

/// <summary>
/// The wait before the next attempt of a delivery: doubling from the base after each failure, capped, and
/// jittered by up to half (the upper half of the doubled wait is random) so that a receiver back from an outage is
/// not hit by every retry at the same moment.
/// </summary>
public static class Backoff
{
    public static TimeSpan Delay(int failedAttempts, AlertOptions options, double random)
    {
        ArgumentNullException.ThrowIfNull(options);
        var exponent = Math.Clamp(failedAttempts - 1, 0, 30);
        var full = Math.Min(options.RetryCapSeconds, options.RetryBaseSeconds * Math.Pow(2, exponent));
        return TimeSpan.FromSeconds(full / 2 + full / 2 * Math.Clamp(random, 0, 1));
    }
}

namespace Clauseline.Accounts;

/// <summary>
/// When sign-in is refused for a while: after <see cref="MaxPerEmail"/> failures for one email or <see cref="MaxPerAddress"/>
/// from one address within <see cref="Window"/>. Refusals say when to try again, which is when the oldest counted failure leaves the window.
/// </summary>
public static class SignInThrottle
{
    public const int MaxPerEmail = 5;

    public const int MaxPerAddress = 20;

    public static TimeSpan Window { get; } = TimeSpan.FromMinutes(15);

    /// <summary>Null when signing in may be tried now; otherwise the earliest time it may be tried again.</summary>
    public static DateTimeOffset? RetryAt(IReadOnlyList<DateTimeOffset> emailFailures, IReadOnlyList<DateTimeOffset> addressFailures)
    {
        ArgumentNullException.ThrowIfNull(emailFailures);
        ArgumentNullException.ThrowIfNull(addressFailures);
        DateTimeOffset? retry = null;
        foreach (var (failures, max) in new[] { (emailFailures, MaxPerEmail), (addressFailures, MaxPerAddress) })
        {
            if (failures.Count < max)
                continue;
            // Enough of the failures must age out of the window to leave max - 1 of them.
            var at = failures.Order().ElementAt(failures.Count - max) + Window;
            if (retry is null || at > retry)
                retry = at;
        }
        return retry;
    }
}

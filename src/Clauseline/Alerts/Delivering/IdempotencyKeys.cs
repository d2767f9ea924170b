using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Clauseline.Alerts.Delivering;

/// <summary>
/// The deterministic keys of deliveries: the same organisation, channel and changes (or week) always give the same
/// key, so queuing twice queues once, and receivers can drop a duplicate they were sent.
/// </summary>
public static class IdempotencyKeys
{
    /// <summary><c>alert:</c> and the SHA-256 (hex, 32 characters) of the organisation, the channel and the sorted version ids.</summary>
    public static string Alert(long organisationId, long channelId, IEnumerable<long> versionIds)
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"{organisationId}:{channelId}:{string.Join(',', versionIds.Order())}");
        return "alert:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32];
    }

    /// <summary><c>digest:{org}:{channel}:{week start date}</c>.</summary>
    public static string Digest(long organisationId, long channelId, DateOnly weekStart) =>
        string.Create(CultureInfo.InvariantCulture, $"digest:{organisationId}:{channelId}:{weekStart:yyyy-MM-dd}");
}

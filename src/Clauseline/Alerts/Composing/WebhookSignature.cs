using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Clauseline.Alerts.Composing;

/// <summary>
/// The signature of a webhook request, sent as <c>Clauseline-Signature: t=&lt;unix seconds&gt;,v1=&lt;hex&gt;</c>, where the hex
/// is the HMAC-SHA256, keyed with the channel's secret, of the timestamp, a dot and the raw request body. A receiver
/// verifies it by computing the same HMAC over the body exactly as received, comparing in constant time, and
/// rejecting timestamps more than a few minutes old (a replayed request); the <c>Idempotency-Key</c> header then
/// lets it drop a delivery it already processed.
/// </summary>
public static class WebhookSignature
{
    public const string Header = "Clauseline-Signature";

    public static string Sign(string secret, DateTimeOffset at, string body)
    {
        ArgumentNullException.ThrowIfNull(secret);
        var t = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return $"t={t},v1={Hex(secret, t, body)}";
    }

    /// <summary>Whether a header value signs the body with the secret, no more than <paramref name="tolerance"/> from <paramref name="now"/>.</summary>
    public static bool Verify(string secret, string header, string body, DateTimeOffset now, TimeSpan tolerance)
    {
        ArgumentNullException.ThrowIfNull(secret);
        ArgumentNullException.ThrowIfNull(header);
        var parts = header.Split(',').Select(p => p.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0].Trim(), p => p[1].Trim(), StringComparer.Ordinal);
        if (!parts.TryGetValue("t", out var t) || !parts.TryGetValue("v1", out var v1) || !long.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var unix))
            return false;
        if ((now - DateTimeOffset.FromUnixTimeSeconds(unix)).Duration() > tolerance)
            return false;
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hex(secret, t, body)), Encoding.ASCII.GetBytes(v1.ToLowerInvariant()));
    }

    private static string Hex(string secret, string t, string body) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{t}.{body}")));
}

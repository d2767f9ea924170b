using System.Security.Cryptography;
using System.Text;

namespace Clauseline.Accounts;

/// <summary>Random secrets for tokens and keys, and the SHA-256 under which they are stored instead of themselves.</summary>
public static class Secrets
{
    /// <summary>A random secret of <paramref name="bytes"/> bytes, URL-safe (base64url without padding, RFC 4648 section 5).</summary>
    public static string New(int bytes = 32) =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(bytes)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>Lowercase hex of random bytes: for parts of a key that must not contain the <c>_</c> separator.</summary>
    public static string Hex(int bytes) => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(bytes));

    public static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    /// <summary>Compares two hashes in constant time, so the time taken says nothing of how much matched.</summary>
    public static bool SameHash(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(a), Encoding.ASCII.GetBytes(b));
}

using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Clauseline.Archive;

/// <summary>The hashes that make the archive verifiable: of bytes, of texts, and the chain that links each version to the one before.</summary>
public static class Hashing
{
    /// <summary>The chain hash before the first version of a document.</summary>
    public static readonly string Genesis = new('0', 64);

    public static string Sha256(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    public static string Sha256(string text) => Sha256(Encoding.UTF8.GetBytes(text));

    /// <summary>
    /// Links a version to its predecessor: any edit, deletion, insertion, re-dating or relabelling of a
    /// version, or a change of the snapshots it was made from, changes this hash and every one after it.
    /// </summary>
    public static string Chain(string previousChain, string documentKey, int seq, DateTimeOffset recordedAt, string kind, string origin, string textSha256, IEnumerable<string> snapshotSha256s)
    {
        var input = string.Join('\n',
            previousChain,
            documentKey,
            seq.ToString(CultureInfo.InvariantCulture),
            recordedAt.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture),
            kind,
            origin,
            textSha256,
            string.Join(',', snapshotSha256s));
        return Sha256(input);
    }

    /// <summary>Times are kept to the millisecond, so they survive every database and the chain hash.</summary>
    public static DateTimeOffset Truncate(DateTimeOffset time) =>
        DateTimeOffset.FromUnixTimeMilliseconds(time.ToUnixTimeMilliseconds());
}

using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Clauseline.Changes;
using Clauseline.Segmentation;

namespace Clauseline.Records;

/// <summary>
/// The substance of a version: its terms with every cosmetic difference set aside. Two versions have the same
/// <see cref="Key"/> exactly when they say the same words in the same order (case, punctuation, spacing, clause
/// numbers, cross-reference numbers, dates of revision, link targets, headings and the way the text is cut into
/// paragraphs aside) and define the same terms.
/// </summary>
public static class Substance
{
    public static string Key(IReadOnlyList<Provision> provisions)
    {
        ArgumentNullException.ThrowIfNull(provisions);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var provision in provisions)
        {
            if (provision.Kind != ProvisionKind.Heading)
                hash.AppendData(Of(provision.Text));
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>Most provisions of a version are those of the version before: their words are read once.</summary>
    private static readonly ConcurrentDictionary<string, byte[]> Known = new(StringComparer.Ordinal);

    private const int KnownLimit = 20_000;

    /// <summary>
    /// What one provision adds to the key: its words and defined terms, each followed by a separator, so that
    /// the key does not depend on where the text was cut into provisions.
    /// </summary>
    private static byte[] Of(string text)
    {
        if (Known.TryGetValue(text, out var known))
            return known;
        var comparable = ComparableText.Read(text);
        var words = new StringBuilder();
        foreach (var token in comparable.Tokens)
            words.Append(token).Append(' ');
        foreach (var term in DefinedTermSignals.Terms(comparable.Rest))
            words.Append('\u0001').Append(term).Append(' ');
        var bytes = Encoding.UTF8.GetBytes(words.ToString());
        if (Known.Count >= KnownLimit)
            Known.Clear();
        Known[text] = bytes;
        return bytes;
    }

    /// <summary>A heading, or a provision with no words once dates of revision and links are set aside.</summary>
    public static bool IsStructure(Provision provision) =>
        provision.Kind == ProvisionKind.Heading || Of(provision.Text).Length == 0;
}

using System.Security.Cryptography;
using System.Text;
using Clauseline.Caching;
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
    private static readonly BoundedMemo<string, byte[]> Known = new(20_000, StringComparer.Ordinal);

    /// <summary>
    /// What one provision adds to the key: its words and defined terms, each followed by a separator, so that
    /// the key does not depend on where the text was cut into provisions.
    /// </summary>
    private static byte[] Of(string text) => Known.Get(text, static text =>
    {
        var comparable = ComparableText.Read(text);
        var words = new StringBuilder();
        foreach (var token in comparable.Tokens)
            words.Append(token).Append(' ');
        foreach (var term in DefinedTermSignals.Terms(comparable.Rest))
            words.Append('\u0001').Append(term).Append(' ');
        return Encoding.UTF8.GetBytes(words.ToString());
    });

    /// <summary>A heading, or a provision with no words once dates of revision and links are set aside.</summary>
    public static bool IsStructure(Provision provision) =>
        provision.Kind == ProvisionKind.Heading || Of(provision.Text).Length == 0;
}

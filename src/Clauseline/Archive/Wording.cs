using System.Text;
using System.Text.RegularExpressions;

namespace Clauseline.Archive;

/// <summary>
/// The words of a text with formatting, link targets, punctuation and case taken away: two texts with the
/// same words differ only in how they were extracted, not in what they say.
/// </summary>
public static partial class Wording
{
    public static bool SameWords(string a, string b) => Words(a).SequenceEqual(Words(b), StringComparer.Ordinal);

    public static IEnumerable<string> Words(string text)
    {
        var plain = LinkTarget().Replace(text, "");
        var word = new StringBuilder();
        foreach (var c in plain)
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
            }
            else if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }
        }
        if (word.Length > 0)
            yield return word.ToString();
    }

    [GeneratedRegex(@"\]\([^)\s]*\)")]
    private static partial Regex LinkTarget();
}

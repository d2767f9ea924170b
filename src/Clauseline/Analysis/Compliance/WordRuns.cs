using System.Text.RegularExpressions;

namespace Clauseline.Analysis.Compliance;

/// <summary>
/// The runs of consecutive words of a provision, lower-cased, so that a reading written about it can be checked not
/// to repeat it: a plain reading is in words of its own, never a run of <see cref="Length"/> words of the text.
/// </summary>
internal sealed partial class WordRuns
{
    public const int Length = 8;

    private readonly HashSet<string> _runs;

    public WordRuns(string text) => _runs = [.. Runs(text)];

    /// <summary>Whether <paramref name="text"/> repeats a run of <see cref="Length"/> consecutive words of the provision.</summary>
    public bool SharedBy(string text) => Runs(text).Any(_runs.Contains);

    private static IEnumerable<string> Runs(string text)
    {
        var words = Word().Matches(text).Select(m => m.Value.ToLowerInvariant()).ToList();
        for (var i = 0; i + Length <= words.Count; i++)
        {
            yield return string.Join(' ', words.Skip(i).Take(Length));
        }
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’][\p{L}]+)?", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}

using System.Text.RegularExpressions;

namespace Clauseline.Changes;

/// <summary>
/// Defined terms introduced or dropped: a quoted, capitalised term either in parentheses
/// (<c>(the "Services")</c>) or followed by "means", "refers to" or "includes".
/// </summary>
internal static partial class DefinedTermSignals
{
    public static IEnumerable<ChangeSignal> Find(string oldText, string newText)
    {
        var old = Terms(oldText);
        var @new = Terms(newText);
        foreach (var term in old.Where(t => !@new.Contains(t)))
            yield return new ChangeSignal(ChangeKind.DefinedTermRemoved, term, null, ChangeDirection.Removes);
        foreach (var term in @new.Where(t => !old.Contains(t)))
            yield return new ChangeSignal(ChangeKind.DefinedTermAdded, null, term, ChangeDirection.Adds);
    }

    public static List<string> Terms(string text) =>
        InParentheses().Matches(text).Concat(Meaning().Matches(text))
            .OrderBy(m => m.Index)
            .Select(m => m.Groups["term"].Value.Trim())
            .Distinct(StringComparer.Ordinal)
            .ToList();

    [GeneratedRegex(@"\([^()""“]*[""“](?<term>\p{Lu}[^""“”]{0,60})[""”]\s*\)")]
    private static partial Regex InParentheses();

    [GeneratedRegex(@"[""“](?<term>\p{Lu}[^""“”]{0,60})[""”]\s+(?i:means|shall\s+mean|refers\s+to|includes|has\s+the\s+meaning)\b")]
    private static partial Regex Meaning();
}

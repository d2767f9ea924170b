using System.Text;

namespace Clauseline.Changes;

/// <summary>
/// The cosmetic signals of a change. Each of whitespace, punctuation, formatting and case is compared on its own:
/// the letters and digits of the text with only that aspect of what lies between them kept.
/// </summary>
internal static class CosmeticSignals
{
    private const string FormattingMarks = "*_`~#>[]";

    /// <summary>Signals that hold whatever else changed: clause numbers, dates of revision, link targets.</summary>
    public static IEnumerable<ChangeSignal> Structural(ComparableText a, ComparableText b)
    {
        if (a.Number != b.Number)
            yield return new ChangeSignal(ChangeKind.Renumbered, a.Number, b.Number);
        else if (!a.CrossReferences.SequenceEqual(b.CrossReferences))
            yield return Pair(ChangeKind.Renumbered, a.CrossReferences, b.CrossReferences);
        if (!a.DateLines.SequenceEqual(b.DateLines))
            yield return Pair(ChangeKind.LastUpdatedDate, a.DateLines, b.DateLines);
        if (!a.Links.SequenceEqual(b.Links))
            yield return Pair(ChangeKind.LinkTarget, a.Links, b.Links);
    }

    /// <summary>Signals for two texts with the same words: how the words are spaced, punctuated, marked up and cased.</summary>
    public static IEnumerable<ChangeSignal> Presentation(string a, string b)
    {
        if (a == b)
            yield break;
        var found = false;
        foreach (var (kind, keep) in Aspects)
        {
            if (Project(a, keep, kind == ChangeKind.Casing) != Project(b, keep, kind == ChangeKind.Casing))
            {
                found = true;
                yield return new ChangeSignal(kind);
            }
        }
        // What differs and fits no aspect is spacing moved around punctuation ("a, b" against "a ,b").
        if (!found)
            yield return new ChangeSignal(ChangeKind.Whitespace);
    }

    private static readonly (ChangeKind Kind, Func<char, bool> Keep)[] Aspects =
    [
        (ChangeKind.Whitespace, char.IsWhiteSpace),
        (ChangeKind.Punctuation, c => !char.IsWhiteSpace(c) && !FormattingMarks.Contains(c, StringComparison.Ordinal)),
        (ChangeKind.Formatting, c => FormattingMarks.Contains(c, StringComparison.Ordinal)),
        (ChangeKind.Casing, _ => false),
    ];

    private static string Project(string text, Func<char, bool> keep, bool keepCase)
    {
        var projected = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
                projected.Append(keepCase ? c : char.ToLowerInvariant(c));
            else if (keep(c))
                projected.Append(c);
        }
        return projected.ToString();
    }

    private static ChangeSignal Pair(ChangeKind kind, IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        for (var i = 0; i < Math.Max(a.Count, b.Count); i++)
        {
            var old = i < a.Count ? a[i] : null;
            var @new = i < b.Count ? b[i] : null;
            if (old != @new)
                return new ChangeSignal(kind, old, @new);
        }
        return new ChangeSignal(kind);
    }
}

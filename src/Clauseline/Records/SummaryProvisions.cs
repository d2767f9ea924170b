using System.Text.RegularExpressions;
using Clauseline.Changes;

namespace Clauseline.Records;

/// <summary>
/// The line for a whole provision added or removed, read from its own text: a heading, the duty or right it turns
/// on (a removed "we will …" takes away a commitment, a removed "may" a right), a definition, else its first words.
/// </summary>
internal static partial class SummaryProvisions
{
    private static readonly string[][] DefiningWords = [["means"], ["shall", "mean"], ["refers", "to"], ["includes"], ["has", "the", "meaning"]];

    /// <summary>
    /// The line for <paramref name="text"/> added or removed. A <paramref name="structural"/> one (the recorder holds
    /// headings and lines without terms cosmetic) is named a heading or a layout line, whatever its words.
    /// </summary>
    public static SummaryFinding Describe(string? markdown, SummaryText text, Placement? place, bool added, bool structural, int words)
    {
        var verb = added ? "Added" : "Removed";
        if (IsHeading(markdown ?? "", text, place) || structural)
        {
            var shown = text.Span(0, text.Count, words);
            if (text.Shouting)
                shown = SummaryCasing.Readable(shown, new Dictionary<string, string>(), capitalizeFirst: true);
            var what = IsHeading(markdown ?? "", text, place) ? "heading"
                : ComparableText.Read(markdown ?? "") is { DateLines.Count: > 0, Tokens.Count: 0 } ? "revision date line"
                : "layout line";
            return new SummaryFinding(SummaryFinding.Heading, shown.Length == 0 ? $"{verb} a {what} without words" : $"{verb} the {what} '{shown}'", "");
        }
        if (SummaryStatements.Key(text) is (string noun, int start, int end))
        {
            var quote = SummaryStatements.Quote(text, start, end, words);
            return new SummaryFinding(SummaryFinding.DutyOrRight, added ? $"Added {SummaryStatements.WithArticle(noun)}: '{quote}'" : $"Removed the {noun} '{quote}'", "");
        }
        if (DefinedTermSignals.Find("", text.Plain).FirstOrDefault() is { New: { } term })
        {
            var definition = Definition(text, term, words);
            return new SummaryFinding(SummaryFinding.DefinedTerm, added ? $"Added a definition of '{term}': '{definition}'" : $"Removed the definition of '{term}': '{definition}'", "");
        }
        var opening = text.Opening(words);
        var lead = opening.Length == 0 ? $"{verb} a provision without words (a link or an image)"
            : added ? $"Added a provision: '{opening}'" : $"Removed the provision '{opening}'";
        return new SummaryFinding(SummaryFinding.WholeProvision, lead, "");
    }

    /// <summary>A Markdown, setext or bold heading, or a short line in capitals or matching the heading it sits under.</summary>
    public static bool IsHeading(string markdown, SummaryText text, Placement? place)
    {
        var raw = markdown.Trim();
        if (raw.StartsWith('#') || Setext().IsMatch(raw))
            return true;
        if (text.Plain.Contains('\n', StringComparison.Ordinal) || text.Count is 0 or > 12)
            return false;
        if (place?.Heading is { } heading && string.Equals(text.Plain.TrimEnd('.', ':'), SummaryText.Unmark(heading).TrimEnd('.', ':'), StringComparison.OrdinalIgnoreCase))
            return true;
        return !text.Plain.EndsWith('.') && (raw.StartsWith("**", StringComparison.Ordinal) && raw.EndsWith("**", StringComparison.Ordinal) || text.Shouting);
    }

    /// <summary>What the term is defined as (the words after "means"), or the provision's first words when it is defined in passing.</summary>
    private static string Definition(SummaryText text, string term, int words)
    {
        if (text.Find(term) is { } at)
        {
            foreach (var defining in DefiningWords)
            {
                var next = at.End + defining.Length;
                if (next < text.Count && defining.Select((w, k) => text.Words[at.End + k] == w).All(x => x))
                    return text.Quote(next, next + 1, words, 0, fill: false).TrimStart('…');
            }
        }
        return text.Opening(words);
    }

    [GeneratedRegex(@"^[^\n]+\n[ \t]*(?:=+|-+)[ \t]*$")]
    private static partial Regex Setext();
}

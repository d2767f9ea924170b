using System.Text.RegularExpressions;

namespace Clauseline.Changes;

/// <summary>
/// A provision's text split into what never changes its meaning (its own clause number, "Last updated" lines,
/// link targets, cross-reference numbers) and what may (<see cref="Rest"/>, and its lower-case word <see cref="Tokens"/>).
/// </summary>
internal sealed partial record ComparableText(
    string? Number,
    IReadOnlyList<string> DateLines,
    IReadOnlyList<string> Links,
    IReadOnlyList<string> CrossReferences,
    string Rest,
    IReadOnlyList<string> Tokens)
{
    public static ComparableText Read(string text)
    {
        var dates = DateLine().Matches(text).Select(m => Squash(m.Value)).ToList();
        var rest = DateLine().Replace(text, "");
        var number = LeadingNumber().Match(rest) is { Success: true } n ? n.Groups["n"].Value.TrimEnd('.') : null;
        if (number is not null)
            rest = rest.Remove(LeadingNumber().Match(rest).Groups["n"].Index, LeadingNumber().Match(rest).Groups["n"].Length);
        var links = new List<string>();
        rest = MarkdownLink().Replace(rest, m =>
        {
            links.Add(m.Groups["url"].Value);
            return "]";
        });
        rest = BareUrl().Replace(rest, m =>
        {
            links.Add(m.Value.Trim('<', '>'));
            return "";
        });
        var references = CrossReference().Matches(rest).Select(m => m.Groups["n"].Value).ToList();
        var words = CrossReference().Replace(rest, m => m.Groups["word"].Value);
        return new ComparableText(number, dates, links, references, words.Trim(), Tokenize(words));
    }

    public static IReadOnlyList<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        // EnumerateMatches allocates no Match objects: this runs over every word of every changed provision.
        foreach (var m in Token().EnumerateMatches(text))
        {
            var word = text.Substring(m.Index, m.Length).ToLowerInvariant().Replace('’', '\'');
            if (word.EndsWith("n't", StringComparison.Ordinal))
            {
                var stem = word[..^3];
                tokens.Add(stem switch { "wo" => "will", "ca" => "can", "sha" => "shall", _ => stem });
                tokens.Add("not");
            }
            else if (word == "cannot")
            {
                tokens.Add("can");
                tokens.Add("not");
            }
            else
            {
                tokens.Add(word);
            }
        }
        return tokens;
    }

    private static string Squash(string line) => Formatting().Replace(line, "").Trim();

    [GeneratedRegex(@"^[\s>*_#]*(?:last\s+(?:updated|modified|revised)|effective(?:\s+date)?|updated(?:\s+on)?|revised(?:\s+on)?)\b(?=[^\n]*\d)[^\n]{0,60}$", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex DateLine();

    [GeneratedRegex(@"^\s*(?:#{1,6}\s+)?(?:[*_]{1,2})?(?:(?:section|clause|article)\s+)?(?<n>\d+(?:\.\d+)*\.?|\(?[a-z]{1,4}\)|\(\d+\))(?:[*_]{1,2})?(?=\s)", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingNumber();

    [GeneratedRegex(@"\]\((?<url>[^)\s]*)(?:\s+""[^""]*"")?\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"<?https?://[^\s)>\]]+>?")]
    private static partial Regex BareUrl();

    [GeneratedRegex(@"\b(?<word>sections?|clauses?|articles?|paragraphs?|schedules?|annex|appendix)\s+(?<n>\d+(?:\.\d+)*(?:\([a-z0-9]+\))*)", RegexOptions.IgnoreCase)]
    private static partial Regex CrossReference();

    [GeneratedRegex(@"[$€£%]|\d+(?:[.,]\d+)*|[\p{L}\p{N}]+(?:['’][\p{L}]+)*")]
    private static partial Regex Token();

    [GeneratedRegex(@"[*_`~#>\[\]]")]
    private static partial Regex Formatting();
}

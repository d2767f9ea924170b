using System.Text.RegularExpressions;

namespace Clauseline.Changes;

/// <summary>
/// A provision's text split into what never changes its meaning (its own clause number, "Last updated" lines,
/// link targets, cross-reference numbers) and what may (<see cref="Rest"/>, and its lower-case word <see cref="Tokens"/>,
/// each marked in <see cref="Capitalised"/> when written with a capital, which tells the month May from the word "may").
/// </summary>
internal sealed partial record ComparableText(
    string? Number,
    IReadOnlyList<string> DateLines,
    IReadOnlyList<string> Links,
    IReadOnlyList<string> CrossReferences,
    string Rest,
    IReadOnlyList<string> Tokens,
    IReadOnlyList<bool> Capitalised)
{
    public static ComparableText Read(string text)
    {
        var dates = DateLine().Matches(text).Select(m => Squash(m.Value)).ToList();
        var rest = DateLine().Replace(text, "");
        string? number = null;
        if (LeadingNumber().Match(rest) is { Success: true } leading && !CountsSomething(rest, leading))
        {
            var n = leading.Groups["n"];
            number = n.Value.TrimEnd('.');
            rest = rest.Remove(n.Index, n.Length);
        }
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
        var capitalised = new List<bool>();
        return new ComparableText(number, dates, links, references, words.Trim(), Tokenize(words, capitalised), capitalised);
    }

    public static IReadOnlyList<string> Tokenize(string text) => Tokenize(text, null);

    /// <summary>The lower-case words of <paramref name="text"/>, and into <paramref name="capitalised"/> whether each was written with a capital.</summary>
    private static List<string> Tokenize(string text, List<bool>? capitalised)
    {
        var tokens = new List<string>();
        void Add(string token, bool capital)
        {
            tokens.Add(token);
            capitalised?.Add(capital);
        }
        // EnumerateMatches allocates no Match objects: this runs over every word of every changed provision.
        foreach (var m in Token().EnumerateMatches(text))
        {
            var capital = char.IsUpper(text[m.Index]);
            var word = text.Substring(m.Index, m.Length).ToLowerInvariant().Replace('’', '\'');
            if (word.EndsWith("n't", StringComparison.Ordinal))
            {
                var stem = word[..^3];
                Add(stem switch { "wo" => "will", "ca" => "can", "sha" => "shall", _ => stem }, capital);
                Add("not", false);
            }
            else if (word == "cannot")
            {
                Add("can", capital);
                Add("not", false);
            }
            else
            {
                Add(word, capital);
            }
        }
        return tokens;
    }

    /// <summary>
    /// Where the text after its leading clause number starts ("4.2 You may…" → at "You"), or 0 when it opens with
    /// none or with a quantity ("60 days' notice…"). Summaries quote clauses without their number by this rule.
    /// </summary>
    public static int AfterClauseNumber(string text)
    {
        if (LeadingNumber().Match(text) is not { Success: true } leading || CountsSomething(text, leading))
            return 0;
        var end = leading.Index + leading.Length;
        while (end < text.Length && char.IsWhiteSpace(text[end]))
            end++;
        return end;
    }

    /// <summary>
    /// True when a bare leading number counts something ("60 days' notice", "25 users can", "2 GB of"): the word after
    /// it is a unit or another quantity word. A word in title case ("7 Users must") starts the clause's own text, and
    /// a number with a keyword, a final dot or brackets ("Section 4", "4.", "(4)") is always the clause's number.
    /// </summary>
    private static bool CountsSomething(string rest, Match leading)
    {
        if (leading.Groups["keyword"].Success || !BareNumber().IsMatch(leading.Groups["n"].Value))
            return false;
        if (NextWord().Match(rest, leading.Index + leading.Length) is not { Success: true } next)
            return false;
        var word = next.Groups["w"].Value;
        var titleCase = char.IsUpper(word[0]) && word.Skip(1).Any(char.IsLower);
        return !titleCase && QuantityWords.Contains(word.ToLowerInvariant());
    }

    /// <summary>Words that make the number before them a quantity: the first word of each unit, spelled numbers ("30 (thirty) days") and a few that count.</summary>
    private static readonly HashSet<string> QuantityWords =
    [
        .. SignalVocabulary.Periods.Keys.Concat(SignalVocabulary.OtherUnits).Select(u => u.Split(' ')[0]),
        .. SignalVocabulary.SpelledNumbers.Keys,
        .. SignalVocabulary.Counting,
    ];

    private static string Squash(string line) => Formatting().Replace(MarkdownLink().Replace(line, "]"), "").Trim();

    // A date line may be a link ("[Effective 3 May 2026](https://…/updates)"): its target is no part of the date.
    [GeneratedRegex(@"^[\s>*_#\[]*(?:last\s+(?:updated|modified|revised)|effective(?:\s+date)?|updated(?:\s+on)?|revised(?:\s+on)?)\b(?=[^\n]*\d)[^\n\]]{0,60}(?:\]\([^)\s]*\))?[\s*_.]*$", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex DateLine();

    [GeneratedRegex(@"^\s*(?:#{1,6}\s+)?(?:[*_]{1,2})?(?:(?<keyword>section|clause|article)\s+)?(?<n>\d+(?:\.\d+)*\.?|\(?[a-z]{1,4}\)|\(\d+\))(?:[*_]{1,2})?(?=\s)", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingNumber();

    [GeneratedRegex(@"^\d+(?:\.\d+)*$")]
    private static partial Regex BareNumber();

    [GeneratedRegex(@"\G[*_]*\s+[(*_]*(?<w>%|\p{L}+)")]
    private static partial Regex NextWord();

    [GeneratedRegex(@"\]\((?<url>[^)\s]*)(?:\s+""[^""]*"")?\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"<?https?://[^\s)>\]]+>?")]
    internal static partial Regex BareUrl();

    [GeneratedRegex(@"\b(?<word>sections?|clauses?|articles?|paragraphs?|schedules?|annex|appendix)\s+(?<n>\d+(?:\.\d+)*(?:\([a-z0-9]+\))*)", RegexOptions.IgnoreCase)]
    internal static partial Regex CrossReference();

    [GeneratedRegex(@"[$€£%]|\d+(?:[.,]\d+)*|[\p{L}\p{N}]+(?:['’][\p{L}]+)*")]
    internal static partial Regex Token();

    [GeneratedRegex(@"[*_`~#>\[\]]")]
    private static partial Regex Formatting();
}

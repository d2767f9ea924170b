using System.Buffers;
using System.Text.RegularExpressions;
using Clauseline.Changes;

namespace Clauseline.Records;

/// <summary>
/// A provision as a summary quotes it: its Markdown reduced to plain words (no clause number, list marker, emphasis
/// or link target), split into word tokens that compare like the significance signals' own and point back into the
/// plain text, so a quote keeps the clause's capitals and punctuation.
/// </summary>
internal sealed partial class SummaryText
{
    private const string Openers = "\"“‘'([";
    private const string Closers = "\"”’')]";

    /// <summary>Words a quote may run over its budget to finish its sentence rather than end in "…".</summary>
    public const int Slack = 2;

    /// <summary>The longest a quote may be in characters, whatever its number of words.</summary>
    private const int MostCharacters = 100;

    private static readonly SearchValues<char> SentenceMarks = SearchValues.Create(".;:!?\n");

    private SummaryText(string plain, IReadOnlyList<SummaryToken> tokens)
    {
        Plain = plain;
        Tokens = tokens;
        Words = [.. tokens.Select(t => t.Word)];
        Shouting = SummaryCasing.IsShouting(plain);
    }

    /// <summary>The words, one paragraph (or one part of a split or merge) a line.</summary>
    public string Plain { get; }

    public IReadOnlyList<SummaryToken> Tokens { get; }

    public IReadOnlyList<string> Words { get; }

    /// <summary>Written in capitals throughout, as disclaimers and headings often are.</summary>
    public bool Shouting { get; }

    public int Count => Tokens.Count;

    public static SummaryText Read(string? markdown)
    {
        var parts = BlankLine().Split(markdown ?? "").Select(Clean).Where(p => p.Length > 0);
        var plain = string.Join('\n', parts);
        var references = CrossReference().Matches(plain).Select(m => m.Groups["n"]).ToList();
        var tokens = new List<SummaryToken>();
        foreach (Match m in Token().Matches(plain))
        {
            // Cross-reference numbers are renumbering, not wording; the signals set them aside too.
            if (references.Any(r => m.Index >= r.Index && m.Index < r.Index + r.Length))
                continue;
            tokens.AddRange(ComparableText.Tokenize(m.Value).Select(w => new SummaryToken(w, m.Index, m.Index + m.Length)));
        }
        return new SummaryText(plain, tokens);
    }

    /// <summary>Where <paramref name="phrase"/> (as the signals write it) occurs, preferring an occurrence that <paramref name="prefer"/> accepts.</summary>
    public (int Start, int End)? Find(string? phrase, Func<int, int, bool>? prefer = null)
    {
        if (string.IsNullOrWhiteSpace(phrase))
            return null;
        var words = ComparableText.Tokenize(phrase);
        (int, int)? first = null;
        for (var i = 0; words.Count > 0 && i + words.Count <= Count; i++)
        {
            if (!words.Select((w, k) => Words[i + k] == w).All(x => x))
                continue;
            if (prefer is null || prefer(i, i + words.Count))
                return (i, i + words.Count);
            first ??= (i, i + words.Count);
        }
        return first;
    }

    /// <summary>True when a sentence (or a paragraph, or a list item after a semicolon) begins at token <paramref name="i"/>.</summary>
    public bool Opens(int i)
    {
        if (i <= 0 || i >= Count)
            return true;
        // The two halves of "can't" share one span, with no gap between them.
        var gap = Plain.AsSpan(Tokens[i - 1].End, Math.Max(0, Tokens[i].Start - Tokens[i - 1].End));
        return gap.IndexOfAny(SentenceMarks) >= 0;
    }

    public int SentenceStart(int i)
    {
        i = Math.Clamp(i, 0, Math.Max(0, Count - 1));
        while (!Opens(i))
            i--;
        return i;
    }

    /// <summary>The end (exclusive) of the sentence holding token <paramref name="i"/>.</summary>
    public int SentenceEnd(int i)
    {
        i = Math.Clamp(i, 0, Math.Max(0, Count - 1)) + 1;
        while (i < Count && !Opens(i))
            i++;
        return Math.Min(i, Count);
    }

    /// <summary>
    /// Tokens [start, end) with up to <paramref name="before"/> words of their sentence before them and more after,
    /// <paramref name="words"/> in all (<see cref="Slack"/> more to finish the sentence), marked "…" where the sentence
    /// goes on. Unless <paramref name="fill"/> is false (the quote must start where asked), a short sentence is quoted
    /// whole and words left over at its end go before instead.
    /// </summary>
    public string Quote(int start, int end, int words, int before = 2, bool fill = true)
    {
        if (Count == 0)
            return "";
        (start, end) = Clamp(start, end);
        // A signal's words may run on past the end of its sentence; the quote does not.
        end = Math.Min(end, SentenceEnd(start));
        var first = SentenceStart(start);
        var last = SentenceEnd(end - 1);
        if (fill && last - first <= words + Slack)
            return Render(first, last, marked: true);
        var s = Math.Max(first, start - before);
        var e = last - s <= words + Slack ? last : Math.Min(last, s + words);
        e = Math.Max(e, s + 1);
        if (fill)
            s = Math.Max(first, Math.Min(s, e - words));
        return Render(s, e, marked: true);
    }

    /// <summary>Tokens [start, end) widened by exactly <paramref name="before"/> and <paramref name="after"/> words, within their sentence.</summary>
    public string Around(int start, int end, int before, int after)
    {
        if (Count == 0)
            return "";
        var (first, last) = Sentence(start, end);
        var s = Math.Min(Math.Max(first, start - before), Count - 1);
        var e = Math.Max(Math.Min(last, end + after), s + 1);
        return Render(s, e, marked: true);
    }

    /// <summary>The bounds of the sentence around tokens [start, end), which may be empty (a point where words were inserted or deleted).</summary>
    public (int First, int Last) Sentence(int start, int end)
    {
        var anchor = start == end && start > 0 ? start - 1 : start;
        return (SentenceStart(anchor), SentenceEnd(Math.Max(anchor, end - 1)));
    }

    /// <summary>The words [start, end) as written, cut after <paramref name="words"/> with "…".</summary>
    public string Span(int start, int end, int words = int.MaxValue)
    {
        if (Count == 0 || start >= end)
            return "";
        (start, end) = Clamp(start, end);
        var cut = end - start > words;
        var text = Render(start, cut ? start + words : end, marked: false);
        return cut && !text.EndsWith('…') ? text + "…" : text;
    }

    /// <summary>The words [start, end) exactly as written, without the marks around them ("30 days" of "30 days' notice").</summary>
    public string Exact(int start, int end) => Plain[Tokens[start].Start..Tokens[end - 1].End];

    /// <summary>The first words of the provision.</summary>
    public string Opening(int words) => Quote(0, 1, words, 0);

    /// <summary>
    /// Who a duty or right at token <paramref name="i"/> binds: the nearest "we" or "you" before it in its sentence
    /// that opens the sentence or comes right before a modal ("we will"), else the nearest one ("… and you must").
    /// So in "we will email you a receipt and will keep records" the second "will" is ours, not yours.
    /// </summary>
    public int SubjectBefore(int i)
    {
        if (Count == 0)
            return -1;
        var first = SentenceStart(Math.Min(i, Count - 1));
        var nearest = -1;
        for (var j = Math.Min(i, Count) - 1; j >= first && j >= i - 12; j--)
        {
            if (Words[j] is not ("we" or "you"))
                continue;
            if (j == first || SummaryStatements.CueAt(this, j + 1))
                return j;
            if (nearest < 0 && j >= i - 8)
                nearest = j;
        }
        return nearest;
    }

    /// <summary>Capitalised words inside sentences (names, defined terms) and acronyms, by their capitals, for recasing headings.</summary>
    public IEnumerable<KeyValuePair<string, string>> Names()
    {
        if (Shouting)
            yield break;
        for (var i = 0; i < Count; i++)
        {
            var word = Plain[Tokens[i].Start..Tokens[i].End];
            var upper = word.ToUpperInvariant();
            if (char.IsUpper(word[0]) && (!Opens(i) || word.Length > 1 && word == upper))
                yield return new(upper, word);
        }
    }

    private (int, int) Clamp(int start, int end)
    {
        start = Math.Clamp(start, 0, Count - 1);
        return (start, Math.Clamp(end, start + 1, Count));
    }

    private string Render(int s, int e, bool marked)
    {
        int from = Tokens[s].Start, to = Tokens[e - 1].End;
        while (from > 0 && Openers.Contains(Plain[from - 1], StringComparison.Ordinal))
            from--;
        while (to < Plain.Length && Closers.Contains(Plain[to], StringComparison.Ordinal))
            to++;
        var text = Balance(Plain[from..to].Replace('\n', ' '));
        var cut = text.Length > MostCharacters;
        if (cut)
            text = Shorten(text);
        if (!marked)
            return text + (cut ? "…" : "");
        return (Opens(s) ? "" : "…") + text + (cut || e < Count && !Opens(e) ? "…" : "");
    }

    /// <summary>Text cut to <see cref="MostCharacters"/> at a space where there is one (a run-together menu has none).</summary>
    private static string Shorten(string text)
    {
        var space = text.LastIndexOf(' ', MostCharacters);
        return text[..(space > MostCharacters / 2 ? space : MostCharacters)].TrimEnd(',', ';', ' ');
    }

    /// <summary>Drops a bracket or quotation mark at either end that has no partner inside the quote.</summary>
    private static string Balance(string text)
    {
        foreach (var (open, close) in new[] { ('(', ')'), ('"', '"'), ('“', '”') })
        {
            var opens = text.Count(c => c == open);
            var closes = text.Count(c => c == close);
            var unpaired = open == close ? opens % 2 == 1 : opens != closes;
            if (!unpaired)
                continue;
            if (text.Length > 1 && text[^1] == close && (open == close || closes > opens))
                text = text[..^1];
            else if (text.Length > 1 && text[0] == open)
                text = text[1..];
        }
        return text;
    }

    /// <summary>Markdown reduced to its words: link texts without targets, no emphasis, list or heading marks, single spaces.</summary>
    public static string Unmark(string markdown)
    {
        var text = Escape().Replace(markdown, "$1");
        text = HtmlTag().Replace(text, " ");
        text = Link().Replace(text, "${text}");
        text = BareUrl().Replace(text, "");
        text = TableRule().Replace(text, "");
        text = LinePrefix().Replace(text, "");
        text = Emphasis().Replace(text, "");
        return Space().Replace(text.Replace('|', ' '), " ").Trim();
    }

    private static string Clean(string part)
    {
        var text = Unmark(part);
        // A leading "60 days' notice …" is a quantity, not a clause number.
        var number = LeadingNumber().Match(text);
        if (number.Success && !StartsWithUnit(text[number.Length..]))
            text = text[number.Length..];
        return text;
    }

    private static bool StartsWithUnit(string rest)
    {
        var words = ComparableText.Tokenize(rest);
        return words.Count > 0 && (SignalVocabulary.Periods.ContainsKey(words[0]) || SignalVocabulary.OtherUnits.Contains(words[0]));
    }

    [GeneratedRegex(@"\n[ \t]*\n\s*")]
    private static partial Regex BlankLine();

    [GeneratedRegex(@"\\([\\`*_{}\[\]()#+\-.!|>])")]
    private static partial Regex Escape();

    [GeneratedRegex(@"!?\[(?<text>[^\]]*)\]\([^)\s]*(?:\s+""[^""]*"")?\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>")]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"<?https?://[^\s)>\]]+>?")]
    private static partial Regex BareUrl();

    /// <summary>A table's rule line, or the "===" or "---" under a setext heading.</summary>
    [GeneratedRegex(@"^(?:(?=[^\n]*-)[ \t|:\-]+|[ \t]*=+[ \t]*)$", RegexOptions.Multiline)]
    private static partial Regex TableRule();

    [GeneratedRegex(@"^[ \t]*(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+)+", RegexOptions.Multiline)]
    private static partial Regex LinePrefix();

    [GeneratedRegex(@"\*+|~~|`+|(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();

    [GeneratedRegex(@"^(?:(?:section|clause|article)\s+)?(?:\d+(?:\.\d+)*\.?|\(?[a-z]{1,4}\)|\(\d+\))\s+", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingNumber();

    [GeneratedRegex(@"\b(?:sections?|clauses?|articles?|paragraphs?|schedules?|annex|appendix)\s+(?<n>\d+(?:\.\d+)*(?:\([a-z0-9]+\))*)", RegexOptions.IgnoreCase)]
    private static partial Regex CrossReference();

    [GeneratedRegex(@"[$€£%]|\d+(?:[.,]\d+)*|[\p{L}\p{N}]+(?:['’][\p{L}]+)*")]
    private static partial Regex Token();
}

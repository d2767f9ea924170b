using System.Buffers;
using System.Collections.Concurrent;
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

    /// <summary>Marks that come in pairs, of which a quote keeps none alone.</summary>
    private static readonly (char Open, char Close)[] Pairs = [('(', ')'), ('"', '"'), ('“', '”')];

    /// <summary>What <c>\s</c> matches besides the plain space: line breaks, tabs, no-break and other wide spaces.</summary>
    private static readonly SearchValues<char> OtherSpace =
        SearchValues.Create([.. Enumerable.Range(0, char.MaxValue + 1).Select(i => (char)i).Where(c => char.IsWhiteSpace(c) && c != ' ')]);

    private static readonly SearchValues<char> SentenceMarks = SearchValues.Create(".;:!?\n");

    /// <summary>
    /// Each word read so far, as written, with the words the signals make of it: a summary reads a provision's two
    /// sides over and over as it changes, so most words were read before and cost nothing the second time.
    /// </summary>
    private static readonly ConcurrentDictionary<string, string[]> Known = new(StringComparer.Ordinal);

    private static readonly ConcurrentDictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> KnownBySpan = Known.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Past this many words (some ten megabytes) new ones are read each time rather than kept: a monitor runs for months.</summary>
    private const int MostKnown = 50_000;

    /// <summary>How many words <see cref="Known"/> holds, counted here because its own count takes every lock.</summary>
    private static int _known;

    private SummaryText(string plain, List<SummaryToken> tokens, List<string> words)
    {
        Plain = plain;
        Tokens = tokens;
        Words = words;
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
        var references = References(plain);
        // Words run five or six characters with their space: room for most without growing the lists.
        var (tokens, words) = (new List<SummaryToken>(plain.Length / 5), new List<string>(plain.Length / 5));
        var r = 0;
        foreach (var m in ComparableText.Token().EnumerateMatches(plain))
        {
            // Cross-reference numbers are renumbering, not wording; the signals set them aside too.
            while (r < references.Count && references[r].End <= m.Index)
                r++;
            if (r < references.Count && m.Index >= references[r].Start)
                continue;
            foreach (var word in WordsOf(plain.AsSpan(m.Index, m.Length)))
            {
                tokens.Add(new SummaryToken(word, m.Index, m.Index + m.Length));
                words.Add(word);
            }
        }
        return new SummaryText(plain, tokens, words);
    }

    /// <summary>Where the numbers of cross-references ("section 4.2") sit, in order.</summary>
    private static List<(int Start, int End)> References(string plain)
    {
        var found = new List<(int, int)>();
        for (var m = ComparableText.CrossReference().Match(plain); m.Success; m = m.NextMatch())
        {
            var n = m.Groups["n"];
            found.Add((n.Index, n.Index + n.Length));
        }
        return found;
    }

    /// <summary>
    /// One matched word as <see cref="ComparableText.Tokenize(string)"/> reads it (lowered, "can't" as "can" and "not"): its
    /// pattern is this one, so a word read alone gives what it gives inside the text.
    /// </summary>
    private static string[] WordsOf(ReadOnlySpan<char> match)
    {
        if (KnownBySpan.TryGetValue(match, out var words))
            return words;
        var text = match.ToString();
        words = [.. ComparableText.Tokenize(text)];
        if (_known < MostKnown && Known.TryAdd(text, words))
            Interlocked.Increment(ref _known);
        return words;
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
            if (!StartsAt(i, words))
                continue;
            if (prefer is null || prefer(i, i + words.Count))
                return (i, i + words.Count);
            first ??= (i, i + words.Count);
        }
        return first;
    }

    /// <summary>True when <paramref name="words"/> are the words from token <paramref name="i"/> on.</summary>
    public bool StartsAt(int i, IReadOnlyList<string> words)
    {
        if (i < 0 || i + words.Count > Count)
            return false;
        for (var k = 0; k < words.Count; k++)
        {
            if (Words[i + k] != words[k])
                return false;
        }
        return true;
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
            if (!char.IsUpper(Plain[Tokens[i].Start]))
                continue;
            var word = Plain[Tokens[i].Start..Tokens[i].End];
            var upper = word.ToUpperInvariant();
            if (!Opens(i) || word.Length > 1 && word == upper)
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
        foreach (var (open, close) in Pairs)
        {
            var opens = text.AsSpan().Count(open);
            var closes = text.AsSpan().Count(close);
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
        text = ComparableText.BareUrl().Replace(text, "");
        text = TableRule().Replace(text, "");
        text = LinePrefix().Replace(text, "");
        text = Emphasis().Replace(text, "");
        return SingleSpaced(text.Replace('|', ' ')).Trim();
    }

    /// <summary>Each run of space made one plain space. Most text has none to make single and is kept as it is, not copied.</summary>
    private static string SingleSpaced(string text) =>
        text.AsSpan().IndexOfAny(OtherSpace) < 0 && !text.Contains("  ", StringComparison.Ordinal) ? text : Space().Replace(text, " ");

    private static string Clean(string part)
    {
        // The clause number goes by the rule the signals use: a leading "60 days' notice …" is a quantity.
        var text = Unmark(part);
        return text[ComparableText.AfterClauseNumber(text)..];
    }

    [GeneratedRegex(@"\n[ \t]*\n\s*")]
    private static partial Regex BlankLine();

    [GeneratedRegex(@"\\([\\`*_{}\[\]()#+\-.!|>])")]
    private static partial Regex Escape();

    [GeneratedRegex(@"!?\[(?<text>[^\]]*)\]\([^)\s]*(?:\s+""[^""]*"")?\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>")]
    private static partial Regex HtmlTag();

    /// <summary>A table's rule line, or the "===" or "---" under a setext heading.</summary>
    [GeneratedRegex(@"^(?:(?=[^\n]*-)[ \t|:\-]+|[ \t]*=+[ \t]*)$", RegexOptions.Multiline)]
    private static partial Regex TableRule();

    [GeneratedRegex(@"^[ \t]*(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+)+", RegexOptions.Multiline)]
    private static partial Regex LinePrefix();

    [GeneratedRegex(@"\*+|~~|`+|(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();
}

using Clauseline.Changes;

namespace Clauseline.Records;

/// <summary>
/// Reads what a modal cue makes of its sentence: a commitment ("we will", "we will not"), an obligation ("you
/// must"), a prohibition ("you must not", "you may not"), a right ("may", "reserves the right to"), or a statement
/// that binds no party ("the policy will take effect", "shall have the meaning"); and where a cue is none at all
/// (the month in "30 May 2026", the "will" that leads into "will have the right to").
/// </summary>
internal static class SummaryStatements
{
    public const string Commitment = "commitment";
    public const string Obligation = "obligation";
    public const string Prohibition = "prohibition";
    public const string Right = "right";
    public const string Statement = "statement";

    /// <summary>Words before a capitalised word that make it a thing ("this Privacy Policy", "Terms of Service"), not a party.</summary>
    private static readonly HashSet<string> Things = new(StringComparer.Ordinal)
    {
        "the", "this", "these", "that", "those", "our", "your", "its", "their", "a", "an", "any", "each", "such",
        "of", "to", "in", "by", "for", "with", "under", "on", "from", "at", "as",
    };

    /// <summary>Words after which a new clause, and so a new subject, begins.</summary>
    private static readonly HashSet<string> Joining = new(StringComparer.Ordinal)
    {
        "and", "or", "but", "then", "that", "if", "when", "where", "while", "unless", "because", "so",
    };

    /// <summary>Words that stand for a thing or for no one in particular ("This will include", "It can take").</summary>
    private static readonly HashSet<string> Pronouns = new(StringComparer.Ordinal) { "it", "they", "there", "which", "who", "he", "she", "one" };

    /// <summary>Words after a cue, or one word further ("shall now mean"), that define rather than bind ("shall mean", "will have the meaning").</summary>
    private static readonly string[][] Defining = [["mean"], ["have", "the", "meaning"], ["refer", "to"], ["be", "construed"], ["be", "interpreted"]];

    /// <summary>The modal cues by their words, in the vocabulary's order.</summary>
    private static readonly (string Key, string[] Words)[] Cues = [.. SignalVocabulary.Modals.Keys.Select(k => (k, k.Split(' ')))];

    /// <summary>The same, longest first: <see cref="CueBefore"/> takes the longest cue that ends at a word.</summary>
    private static readonly (string Key, string[] Words)[] CuesLongestFirst = [.. Cues.OrderByDescending(c => c.Key.Length)];

    /// <summary>True when the cue <paramref name="key"/> at [start, end) is no cue: the month May, an idiom, or a word that leads into another cue.</summary>
    public static bool NotACue(SummaryText text, int start, int end, string key)
    {
        if (key == "may" && (Month(text, start) || IsNumber(text, start - 1) || IsNumber(text, end)))
            return true;
        // "as the case may be", "as it may be": a way of speaking, no permission.
        if (key == "may" && start >= 2 && text.Words[start - 2] is "case" or "as" && end < text.Count && text.Words[end] == "be")
            return true;
        return CueAt(text, end);
    }

    /// <summary>What the cue <paramref name="key"/> at [start, end) makes of its sentence.</summary>
    public static string Noun(SummaryText text, int start, int end, string key)
    {
        if (!SignalVocabulary.Modals.TryGetValue(key, out var cue) || cue.Role == CueRole.None)
            return Statement;
        var subject = Subject(text, start);
        // "Will" and "can" also say what happens or is possible ("your account will be closed"); they bind only a
        // "we", "you" or named party right before them, or the subject of a first verb they join ("we will email
        // you a receipt and will keep records").
        var bound = subject is not null && (start - text.SubjectBefore(start) <= 2 || text.Words[start - 1] is "and" or "or");
        if (key is "will" or "can" && !bound && !Named(text, start - 1))
            return Statement;
        if (Defining.Any(words => text.StartsAt(end, words) || text.StartsAt(end + 1, words)))
            return Statement;
        var we = subject == "we";
        var negated = end < text.Count && text.Words[end] is "not" or "never";
        if (negated)
            return cue.Role == CueRole.Obligation && we ? Commitment : we ? Statement : Prohibition;
        return cue.Role == CueRole.Obligation ? we ? Commitment : Obligation : Right;
    }

    /// <summary>The statement a whole provision turns on: its first duty (commitment, obligation or prohibition), else its first right.</summary>
    public static (string Noun, int Start, int End)? Key(SummaryText text)
    {
        (string, int, int)? right = null;
        foreach (var (start, end, key) in Occurrences.Match(text.Words, SignalVocabulary.Modals.Keys))
        {
            if (NotACue(text, start, end, key))
                continue;
            var noun = Noun(text, start, end, key);
            if (noun == Statement)
                continue;
            if (noun != Right)
                return (noun, start, end);
            right ??= (noun, start, end);
        }
        return right;
    }

    /// <summary>True when a modal cue begins at token <paramref name="index"/>.</summary>
    public static bool CueAt(SummaryText text, int index)
    {
        foreach (var (_, words) in Cues)
        {
            if (text.StartsAt(index, words))
                return true;
        }
        return false;
    }

    /// <summary>The modal cue that ends right before token <paramref name="index"/> ("may" in "may not"), if any.</summary>
    public static (int Start, string Key)? CueBefore(SummaryText text, int index)
    {
        foreach (var (key, words) in CuesLongestFirst)
        {
            if (text.StartsAt(index - words.Length, words))
                return (index - words.Length, key);
        }
        return null;
    }

    /// <summary>The longest modal cue <paramref name="phrase"/> begins with.</summary>
    public static string? CueOf(string phrase)
    {
        var words = ComparableText.Tokenize(phrase);
        return Cues
            .Where(c => c.Words.Length <= words.Count && c.Words.Select((w, i) => words[i] == w).All(x => x))
            .Select(c => c.Key)
            .MaxBy(k => k.Length);
    }

    /// <summary>
    /// The statement quoted from its subject ("we", "you") where that is near, else from two words before the cue,
    /// with room for the words of a long cue ("reserves the right to").
    /// </summary>
    public static string Quote(SummaryText text, int start, int end, int words)
    {
        var subject = text.SubjectBefore(start);
        var before = subject >= 0 && start - subject <= 5 ? start - subject : 2;
        // The longest cue of up to four words that starts there.
        var cue = 0;
        foreach (var (_, cueWords) in Cues)
        {
            if (cueWords.Length <= 4 && cueWords.Length > cue && text.StartsAt(start, cueWords))
                cue = cueWords.Length;
        }
        return text.Quote(start, end, words + Math.Max(0, cue - 1), before, fill: subject < 0 || start - subject > 5);
    }

    public static string WithArticle(string noun) => ("aeiou".Contains(noun[0], StringComparison.Ordinal) ? "an " : "a ") + noun;

    /// <summary>
    /// A name right before the cue that starts its clause ("Fernhollow will", "…, then LinkedIn will"), as against
    /// a thing with a capital ("this Privacy Policy will", "Terms of Service will", "the updated Policy will").
    /// </summary>
    private static bool Named(SummaryText text, int i)
    {
        if (i < 0 || !Capitalised(text, i) || Things.Contains(text.Words[i]) || Pronouns.Contains(text.Words[i]))
            return false;
        var j = i;
        while (j > 0 && !text.Opens(j) && Spaced(text, j) && Capitalised(text, j - 1) && !Things.Contains(text.Words[j - 1]))
            j--;
        return text.Opens(j) || !Spaced(text, j) || Joining.Contains(text.Words[j - 1]);
    }

    private static bool Capitalised(SummaryText text, int i) => char.IsUpper(text.Plain[text.Tokens[i].Start]);

    /// <summary>True when only spaces separate token <paramref name="i"/> from the one before: the words of one name.</summary>
    private static bool Spaced(SummaryText text, int i) =>
        text.Plain.AsSpan(text.Tokens[i - 1].End, Math.Max(0, text.Tokens[i].Start - text.Tokens[i - 1].End)).Trim(' ').IsEmpty;

    /// <summary>"May" with its capital inside a sentence is the month.</summary>
    private static bool Month(SummaryText text, int i) => !text.Opens(i) && Capitalised(text, i) && !SummaryCasing.IsShouting(text.Plain);

    private static bool IsNumber(SummaryText text, int i) => i >= 0 && i < text.Count && char.IsDigit(text.Words[i][0]);

    private static string? Subject(SummaryText text, int start) => text.SubjectBefore(start) is var j and >= 0 ? text.Words[j] : null;
}

namespace Clauseline.Segmentation;

/// <summary>
/// Clause numbers written with a final full stop ("1.", "4.2.", "iv."): the number is a span of its own, so a
/// clause's text starts after it. Inside a sentence only a number of several levels counts ("liable for: 7.5.1.
/// loss of revenue; 7.5.2. ..."), and never one that a reference names ("under Section 4.2. of these Terms").
/// </summary>
internal static class ClauseNumbers
{
    private static readonly HashSet<string> ReferenceWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "section", "sections", "clause", "clauses", "article", "articles", "paragraph", "paragraphs", "para", "paras",
        "sec", "art", "§", "§§", "schedule", "annex", "appendix", "exhibit", "part", "rule", "item",
        "and", "or", "to", "through", "in", "of", "under", "see", "per", "version", "v",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ReferenceLookup = ReferenceWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when the full stop at <paramref name="dot"/> closes a clause number that ends a span.</summary>
    public static bool EndsSpan(string text, int sentenceStart, int dot)
    {
        var start = dot;
        while (start > sentenceStart && !char.IsWhiteSpace(text[start - 1]))
            start--;
        var token = text.AsSpan(start, dot - start);
        if (start == sentenceStart)
            return IsNumber(token) || IsRoman(token);
        if (!IsNumber(token) || !token.Contains('.'))
            return false;
        var wordEnd = start;
        while (wordEnd > sentenceStart && char.IsWhiteSpace(text[wordEnd - 1]))
            wordEnd--;
        var wordStart = wordEnd;
        while (wordStart > sentenceStart && !char.IsWhiteSpace(text[wordStart - 1]))
            wordStart--;
        var word = text.AsSpan(wordStart, wordEnd - wordStart).TrimEnd(".,");
        return !ReferenceLookup.Contains(word);
    }

    /// <summary>Digits with inner full stops: "4", "4.1.1".</summary>
    private static bool IsNumber(ReadOnlySpan<char> token)
    {
        if (token.IsEmpty || !char.IsAsciiDigit(token[0]) || !char.IsAsciiDigit(token[^1]))
            return false;
        foreach (var c in token)
        {
            if (!char.IsAsciiDigit(c) && c != '.')
                return false;
        }
        return true;
    }

    /// <summary>A Roman numeral of two letters or more ("ii", "XIV"); a single "i" or "v" is read as a letter.</summary>
    private static bool IsRoman(ReadOnlySpan<char> token) => token.Length >= 2 && ListMarkers.IsNumbering(token) && !char.IsAsciiDigit(token[0]);
}

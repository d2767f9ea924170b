namespace Clauseline.Segmentation;

/// <summary>
/// Whether punctuation ends a sentence: the rules for abbreviations, clause numbers, initials, addresses,
/// ellipses and closing quotes and brackets, looking only at the word before and the character after.
/// </summary>
internal static class SentenceEnds
{
    public static bool IsTerminal(char c) => c is '.' or '!' or '?' or '…';

    private static bool IsCloser(char c) => c is ')' or ']' or '}' or '"' or '\'' or '”' or '’' or '»' or '›';

    private static bool IsOpener(char c) => c is '(' or '[' or '{' or '"' or '\'' or '“' or '‘' or '«' or '‹' or '„';

    /// <summary>The offset after the punctuation at <paramref name="i"/> and any closing quotes and brackets that follow it.</summary>
    public static int AfterPunctuation(string text, int i, int end)
    {
        while (i < end && (IsTerminal(text[i]) || IsCloser(text[i])))
            i++;
        return i;
    }

    /// <summary>True when the sentence ends at <paramref name="after"/>, with its punctuation starting at <paramref name="first"/>.</summary>
    public static bool IsBoundary(string text, int sentenceStart, int first, int after, int end)
    {
        if (!char.IsWhiteSpace(text[after]))
            return IsMissingSpace(text, first, after, end);
        var next = after;
        while (next < end && char.IsWhiteSpace(text[next]))
            next++;
        if (after == first + 1 && text[first] == '.' && ClauseNumbers.EndsSpan(text, sentenceStart, first))
            return true;
        var n = text[next];
        // A lower-case word or a continuing punctuation mark ("etc., and", "e.g. the") carries the sentence on;
        // a brand written in camel case ("iPhone", "mySugr") starts a sentence like a capital.
        if ((char.IsLower(n) && !IsCamelCase(text, next, end)) || n is ',' or ';' or ':' or ')' or ']' or '%')
            return false;
        var punctuation = text.AsSpan(first, after - first);
        if (punctuation.ContainsAny('!', '?') || punctuation.Contains('…') || punctuation.Contains("..", StringComparison.Ordinal))
            return true;
        if (after > first + 1)
            return true; // a full stop inside quotes or brackets: 'called "the Service." We ...'
        return EndsWithWord(text, sentenceStart, first);
    }

    /// <summary>Whether the full stop at <paramref name="dot"/>, followed by a space and no lower-case letter, ends a sentence.</summary>
    private static bool EndsWithWord(string text, int sentenceStart, int dot)
    {
        var tokenStart = dot;
        while (tokenStart > sentenceStart && !char.IsWhiteSpace(text[tokenStart - 1]) && !IsOpener(text[tokenStart - 1]))
            tokenStart--;
        var token = text.AsSpan(tokenStart, dot - tokenStart);
        if (token.IsEmpty)
            return true;
        if (token.Contains('@') || token.Contains("://", StringComparison.Ordinal) || token.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
            return true; // an address at the end of a sentence
        if (Abbreviations.MayEndSentence(token))
            return char.IsUpper(text[NextNonSpace(text, dot + 1)]);
        if (Abbreviations.NeverEnds(token) || IsInitials(token))
            return false;
        // "a. The Licence", "iv. Payment": the letter of a list item stays with its item.
        return !(tokenStart == sentenceStart && ListMarkers.IsNumbering(token));
    }

    private static int NextNonSpace(string text, int i)
    {
        while (i < text.Length - 1 && char.IsWhiteSpace(text[i]))
            i++;
        return i;
    }

    private static bool IsCamelCase(string text, int start, int end)
    {
        for (var i = start + 1; i < end && char.IsLetter(text[i]); i++)
        {
            if (char.IsUpper(text[i]))
                return true;
        }
        return false;
    }

    /// <summary>Single letters joined by full stops: "J", "U.S.A", "a.m".</summary>
    private static bool IsInitials(ReadOnlySpan<char> token)
    {
        for (var i = 0; i < token.Length; i++)
        {
            var letterHere = i % 2 == 0;
            if (letterHere ? !char.IsLetter(token[i]) : token[i] != '.')
                return false;
        }
        return token.Length % 2 == 1;
    }

    /// <summary>"the end.The next": a full stop straight after a lower-case word and before a capitalised one.</summary>
    private static bool IsMissingSpace(string text, int first, int after, int end)
    {
        if (after != first + 1 || after + 1 >= end || !char.IsUpper(text[after]) || !char.IsLower(text[after + 1]))
            return false;
        if (first < 2 || !char.IsLower(text[first - 1]) || !char.IsLower(text[first - 2]))
            return false;
        var start = first;
        while (start > 0 && char.IsLetter(text[start - 1]))
            start--;
        return start == 0 || char.IsWhiteSpace(text[start - 1]) || IsOpener(text[start - 1]);
    }
}

namespace Clauseline.Segmentation;

/// <summary>The numbers and letters that open list items and clauses: "1.", "1.2", "(a)", "(iv)", "a)", "•".</summary>
internal static class ListMarkers
{
    /// <summary>True when <paramref name="token"/> (without a final full stop) can number a clause: "4", "4.2", "b", "iv".</summary>
    public static bool IsNumbering(ReadOnlySpan<char> token)
    {
        if (token.IsEmpty)
            return false;
        if (char.IsAsciiDigit(token[0]))
        {
            foreach (var c in token)
            {
                if (!char.IsAsciiDigit(c) && c != '.')
                    return false;
            }
            return true;
        }
        if (token.Length == 1)
            return char.IsAsciiLetter(token[0]);
        return ClauseMarker.IsRoman(token);
    }

    /// <summary>True when the text from <paramref name="start"/> opens with a list marker followed by a space.</summary>
    public static bool StartsWithMarker(string text, int start, int end)
    {
        if (start >= end)
            return false;
        if (text[start] is '•' or '·' or '▪' or '◦' or '-' or '–' or '—' or '*')
            return true;
        var i = start;
        var open = text[i] == '(';
        if (open)
            i++;
        var tokenStart = i;
        while (i < end && (char.IsAsciiLetterOrDigit(text[i]) || (text[i] == '.' && i + 1 < end && char.IsAsciiDigit(text[i + 1]))))
            i++;
        if (i == tokenStart || i >= end || !IsNumbering(text.AsSpan(tokenStart, i - tokenStart)))
            return false;
        var closes = text[i] == ')' || (!open && text[i] == '.');
        return closes && (i + 1 == end || char.IsWhiteSpace(text[i + 1]));
    }
}

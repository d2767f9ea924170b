namespace Clauseline.Segmentation;

/// <summary>
/// The marker that opens a list item or clause: a bullet, or a number written "1.", "1)", "(1)", "1.2", "1.2.",
/// "a.", "(a)", "iv.", "(iv)", or "1\." as Markdown escapes it. <see cref="Token"/> is the number without its
/// brackets and full stop; <see cref="Wrap"/> is how it was closed: '(' for "(a)", '.', ')' or ' ' for "1.2".
/// </summary>
internal readonly record struct ClauseMarker(int ContentStart, string Token, char Wrap)
{
    public bool IsBullet => Token.Length == 0;

    /// <summary>Digits only, or digits with inner full stops ("4", "4.2.1").</summary>
    public bool IsDecimal => Token.Length > 0 && char.IsAsciiDigit(Token[0]);

    /// <summary>The number as written, without a final full stop: "4.2", "(a)", "iv", "b)".</summary>
    public string Written => Wrap switch
    {
        '(' => "(" + Token + ")",
        ')' => Token + ")",
        _ => Token,
    };

    public static ClauseMarker? Parse(string text, int start, int end)
    {
        if (start >= end)
            return null;
        if (text[start] is '-' or '*' or '+' or '•' or '·' or '▪' or '◦' or '–' or '—')
            return start + 1 == end || char.IsWhiteSpace(text[start + 1]) ? new ClauseMarker(SkipSpaces(text, start + 1, end), "", ' ') : null;
        var i = start;
        var open = text[i] == '(';
        if (open)
            i++;
        var tokenStart = i;
        while (i < end && (char.IsAsciiLetterOrDigit(text[i]) || (text[i] == '.' && i > tokenStart && char.IsAsciiDigit(text[i - 1]) && i + 1 < end && char.IsAsciiDigit(text[i + 1]))))
            i++;
        var token = text[tokenStart..i];
        if (!IsNumbering(token) || i >= end)
            return null;
        char wrap;
        if (open)
            (wrap, i) = text[i] == ')' ? ('(', i + 1) : ('\0', i);
        else if (text[i] is '.' or ')')
            (wrap, i) = (text[i], i + 1);
        else if (text[i] == '\\' && i + 1 < end && text[i + 1] == '.')
            (wrap, i) = ('.', i + 2);
        else
            wrap = token.Contains('.', StringComparison.Ordinal) ? ' ' : '\0';
        if (wrap == '\0' || (i < end && !char.IsWhiteSpace(text[i])))
            return null;
        return new ClauseMarker(SkipSpaces(text, i, end), token, wrap);
    }

    /// <summary>"4", "4.2", "b", "IV"; a plain number of more than three digits is a year or an amount, not a clause.</summary>
    private static bool IsNumbering(string token)
    {
        if (token.Length == 0)
            return false;
        if (char.IsAsciiDigit(token[0]))
            return (token.Contains('.', StringComparison.Ordinal) || token.Length <= 3) && token.All(c => char.IsAsciiDigit(c) || c == '.');
        return token.Length == 1 ? char.IsAsciiLetter(token[0]) : IsRoman(token);
    }

    public static bool IsRoman(ReadOnlySpan<char> token)
    {
        if (token.Length is 0 or > 6)
            return false;
        var lower = char.IsLower(token[0]);
        foreach (var c in token)
        {
            if (!"ivxlcdm".Contains(char.ToLowerInvariant(c), StringComparison.Ordinal) || char.IsLower(c) != lower)
                return false;
        }
        return true;
    }

    private static int SkipSpaces(string text, int i, int end)
    {
        while (i < end && char.IsWhiteSpace(text[i]))
            i++;
        return i;
    }
}

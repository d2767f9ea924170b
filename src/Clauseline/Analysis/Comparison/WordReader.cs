namespace Clauseline.Analysis.Comparison;

/// <summary>
/// Reads the words of an already lower-cased text: runs of letters and digits, keeping an apostrophe that stands
/// between a word and a letter ("party's", "can't") so that possessives and contractions stay one word.
/// </summary>
internal ref struct WordReader(ReadOnlySpan<char> text)
{
    private readonly ReadOnlySpan<char> _text = text;
    private int _at;

    public bool Next(out ReadOnlySpan<char> word)
    {
        var text = _text;
        var i = _at;
        while (i < text.Length && !char.IsLetterOrDigit(text[i]))
            i++;
        var start = i;
        while (i < text.Length)
        {
            if (char.IsLetterOrDigit(text[i]))
                i++;
            else if (text[i] == '\'' && i > start && i + 1 < text.Length && char.IsLetter(text[i + 1]))
                i++;
            else
                break;
        }
        _at = i;
        word = text[start..i];
        return i > start;
    }

    /// <summary>Lower-cases <paramref name="text"/> into <paramref name="into"/> (as long as the text) the way the index reads it.</summary>
    public static Span<char> Lower(ReadOnlySpan<char> text, Span<char> into)
    {
        var lowered = into[..text.ToLowerInvariant(into)];
        lowered.Replace('\u2019', '\'');
        return lowered;
    }
}

namespace Clauseline.Segmentation;

/// <summary>
/// The lines of a text and where a single line break does not end a sentence. Most terms are stored one
/// paragraph per line, where every line break ends a sentence; a text wrapped at a fixed width (a plain-text
/// licence, a PDF's lines) continues sentences across line breaks, and is recognised by how often a line that
/// stops mid-sentence is followed by one that starts in lower case.
/// </summary>
internal static class TextLines
{
    /// <summary>One line: <see cref="Start"/> to <see cref="End"/> excludes the line break; <see cref="Blank"/> when only whitespace.</summary>
    public readonly record struct Line(int Start, int End, int TrimmedStart, int TrimmedEnd)
    {
        public bool Blank => TrimmedStart >= TrimmedEnd;

        public int Width => TrimmedEnd - TrimmedStart;
    }

    public static List<Line> Split(string text)
    {
        var lines = new List<Line>(text.Length / 64 + 1);
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var end = i == text.Length || IsLineBreak(text[i]);
            if (!end)
                continue;
            lines.Add(Trim(text, start, i));
            if (i < text.Length && text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                i++;
            start = i + 1;
        }
        return lines;
    }

    public static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085';

    /// <summary>
    /// True when the text is wrapped at a fixed width: at least a quarter of the single line breaks fall
    /// mid-sentence (a line ending in a letter or comma, the next starting with a lower-case letter).
    /// </summary>
    public static bool IsWrapped(string text, List<Line> lines)
    {
        int pairs = 0, continued = 0;
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            if (lines[i].Blank || lines[i + 1].Blank)
                continue;
            pairs++;
            if (StopsMidSentence(text, lines[i]) && StartsInLowerCase(text, lines[i + 1]))
                continued++;
        }
        return continued > 0 && continued * 4 >= pairs;
    }

    /// <summary>The widest line, to tell a short heading from a wrapped line in a wrapped text.</summary>
    public static int MaxWidth(List<Line> lines)
    {
        var max = 0;
        foreach (var line in lines)
            max = Math.Max(max, line.Width);
        return max;
    }

    /// <summary>In a wrapped text, whether the sentence on <paramref name="line"/> goes on to <paramref name="next"/>.</summary>
    public static bool Continues(string text, Line line, Line next, int maxWidth)
    {
        if (!StopsMidSentence(text, line) || !StartsInLowerCase(text, next))
            return false;
        // A short line without final punctuation is a heading, a sentence of its own.
        if (line.Width * 5 < maxWidth * 2)
            return false;
        return !ListMarkers.StartsWithMarker(text, next.TrimmedStart, next.TrimmedEnd);
    }

    private static bool StopsMidSentence(string text, Line line)
    {
        var last = text[line.TrimmedEnd - 1];
        return char.IsLetter(last) || last is ',' or '-';
    }

    private static bool StartsInLowerCase(string text, Line line) => char.IsLower(text[line.TrimmedStart]);

    private static Line Trim(string text, int start, int end)
    {
        int s = start, e = end;
        while (s < e && char.IsWhiteSpace(text[s]))
            s++;
        while (e > s && char.IsWhiteSpace(text[e - 1]))
            e--;
        return new Line(start, end, s, e);
    }
}

using System.Text;

namespace Clauseline.Segmentation;

/// <summary>
/// Which lines are headings: Markdown "#" headings, short bold-only lines ("**2. Fees**"), "Section 4. Fees" and
/// "ARTICLE II" lines, and short lines in capitals ("4. FEES"). Setext headings need the next line, so the
/// splitter finds those itself.
/// </summary>
internal static class HeadingLines
{
    private const int MaxLength = 150;
    private const int MaxWords = 12;

    private static readonly HashSet<string> SectionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "section", "article", "clause", "part", "chapter", "schedule", "annex", "appendix", "exhibit", "§",
    };

    public static HeadingLine? Detect(string text, TextLines.Line line)
    {
        int s = line.TrimmedStart, e = line.TrimmedEnd;
        if (s - line.Start > 3 || e - s > MaxLength)
            return null;
        if (text[s] == '#')
            return Atx(text, s, e);
        var whole = text[s..e];
        if (IsBoldOnly(whole))
        {
            var heading = Make(whole[2..^2].Trim(), level: null, markdown: false);
            // "**Inferences drawn from this data.**" is a sentence set in bold; "**6.1 Termination.**" a heading.
            return heading.Number is null && whole[^3] == '.' && WordCount(whole) > 6 ? null : heading;
        }
        if (SectionNumber(whole) is { } section && !EndsSentence(whole, section.Title))
            return Make(whole, level: null, markdown: false);
        var marker = ClauseMarker.Parse(text, s, e);
        if (marker is { IsBullet: true })
            return null;
        var rest = marker is { } m ? text[m.ContentStart..e] : whole;
        return IsAllCaps(rest) ? Make(whole, level: null, markdown: false) : null;
    }

    /// <summary>Splits a heading's text into its number ("4", "Section 4", "(a)") and title; the title is the number when nothing follows it.</summary>
    public static (string? Number, string? Prefix, string Title) SplitNumber(string inner)
    {
        if (SectionNumber(inner) is { } section)
            return section.Title.Length == 0 ? (section.Number, section.Prefix, section.Number) : section;
        if (ClauseMarker.Parse(inner, 0, inner.Length) is { IsBullet: false } marker)
        {
            var title = inner[marker.ContentStart..].Trim();
            return (marker.Written, marker.IsDecimal ? marker.Token : null, title.Length == 0 ? marker.Written : title);
        }
        return JoinedNumber(inner) ?? (null, null, inner);
    }

    /// <summary>"3.d.ii.Collection of data" or "10.Reference": a number written against its title, as some sites do.</summary>
    private static (string? Number, string? Prefix, string Title)? JoinedNumber(string inner)
    {
        if (inner.Length == 0 || !char.IsAsciiDigit(inner[0]))
            return null;
        var end = 0;
        var i = 0;
        while (i < inner.Length)
        {
            var segmentStart = i;
            while (i < inner.Length && char.IsAsciiLetterOrDigit(inner[i]))
                i++;
            var segment = inner[segmentStart..i];
            var numbering = segment.Length > 0 && (segment.All(char.IsAsciiDigit) || segment.Length == 1 || ClauseMarker.IsRoman(segment));
            if (!numbering || i >= inner.Length || inner[i] != '.')
                break;
            end = i;
            i++;
        }
        if (end == 0)
            return null;
        var number = inner[..end];
        var title = inner[(end + 1)..].Trim();
        var prefix = number.All(c => char.IsAsciiDigit(c) || c == '.') ? number : null;
        return (number, prefix, title.Length == 0 ? number : title);
    }

    private static HeadingLine? Atx(string text, int s, int e)
    {
        var n = 0;
        while (s + n < e && text[s + n] == '#')
            n++;
        if (n > 6 || (s + n < e && !char.IsWhiteSpace(text[s + n])))
            return null;
        var inner = text[(s + n)..e].Trim().TrimEnd('#').Trim();
        if (inner.Length > 4 && IsBoldOnly(inner))
            inner = inner[2..^2].Trim();
        return Make(inner, n, markdown: true);
    }

    public static HeadingLine Make(string inner, int? level, bool markdown)
    {
        var (number, prefix, title) = SplitNumber(Unescape(WithoutEmptyLinks(inner)));
        var depth = prefix is null ? 1 : prefix.Count(c => c == '.') + 1;
        return new HeadingLine(level ?? depth, markdown, title, number, prefix);
    }

    private static bool IsBoldOnly(string s) =>
        s.Length > 4 && ((s.StartsWith("**", StringComparison.Ordinal) && s.EndsWith("**", StringComparison.Ordinal) && !s[2..^2].Contains("**", StringComparison.Ordinal))
            || (s.StartsWith("__", StringComparison.Ordinal) && s.EndsWith("__", StringComparison.Ordinal) && !s[2..^2].Contains("__", StringComparison.Ordinal)));

    /// <summary>"Section 4. Fees" gives ("Section 4", "4", "Fees"); "ARTICLE II" gives ("ARTICLE II", null, "").</summary>
    private static (string Number, string? Prefix, string Title)? SectionNumber(string s)
    {
        var space = s.IndexOf(' ', StringComparison.Ordinal);
        if (space <= 0 || !SectionWords.Contains(s[..space]))
            return null;
        var tokenStart = space + 1;
        var i = tokenStart;
        while (i < s.Length && (char.IsAsciiLetterOrDigit(s[i]) || (s[i] == '.' && i + 1 < s.Length && char.IsAsciiDigit(s[i + 1]))))
            i++;
        var token = s[tokenStart..i];
        var isDecimal = token.Length > 0 && token.All(c => char.IsAsciiDigit(c) || c == '.');
        if (!isDecimal && !(token.Length == 1 && char.IsAsciiLetter(token[0])) && !ClauseMarker.IsRoman(token))
            return null;
        if (i < s.Length && !char.IsWhiteSpace(s[i]) && s[i] is not ('.' or ':' or '\\'))
            return null;
        var title = s[i..].TrimStart('\\', '.', ':', ' ', '-', '–', '—').Trim();
        if (WordCount(title) > MaxWords)
            return null;
        return (s[..i], isDecimal ? token : null, title);
    }

    /// <summary>"Section 4 applies to everyone." is a sentence that starts with a reference, not a heading.</summary>
    private static bool EndsSentence(string whole, string title) => title.Length > 0 && whole[^1] is '.' or ';' or ',';

    private static bool IsAllCaps(string s)
    {
        if (s.Length == 0 || s.Contains('|', StringComparison.Ordinal) || s[^1] is ',' or ';')
            return false;
        var letters = 0;
        foreach (var c in s)
        {
            if (char.IsLower(c))
                return false;
            if (char.IsLetter(c))
                letters++;
        }
        var words = WordCount(s);
        return letters >= 3 && words <= MaxWords && (s[^1] != '.' || words <= 5);
    }

    /// <summary>Drops the empty anchor links some sites put before a heading: "[](#fees)4. Fees" is "4. Fees".</summary>
    private static string WithoutEmptyLinks(string s)
    {
        while (s.StartsWith("[](", StringComparison.Ordinal) && s.IndexOf(')', StringComparison.Ordinal) is var close and > 0)
            s = s[(close + 1)..].TrimStart();
        return s;
    }

    private static int WordCount(string s) => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>Drops Markdown's escapes: "1\. Fees" is "1. Fees".</summary>
    private static string Unescape(string s)
    {
        if (!s.Contains('\\', StringComparison.Ordinal))
            return s;
        var builder = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] == '\\' && i + 1 < s.Length && char.IsAsciiLetterOrDigit(s[i + 1]) is false && s[i + 1] < 128)
                continue;
            builder.Append(s[i]);
        }
        return builder.ToString();
    }
}

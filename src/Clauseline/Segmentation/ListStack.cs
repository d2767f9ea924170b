namespace Clauseline.Segmentation;

/// <summary>
/// The list items open at a point of the text, to give each item its number path ("4.2(a)(iii)"). An item nests
/// under the one before when it is indented further, or, at the same indent, when letters follow a number or
/// roman numerals follow letters ("4.2 ... (a) ..."); an item of a style already open at its indent continues that list.
/// </summary>
internal sealed class ListStack
{
    private enum Style { Bullet, Decimal, Letter, Roman }

    private sealed record Item(int Indent, Style Style, char Wrap, bool Upper, string Token, string? Path);

    private readonly List<Item> _open = [];

    public void Clear() => _open.Clear();

    /// <summary>True when a list numbered "1.", "2." is open at the margin, so "3." goes on with it.</summary>
    public bool ContinuesDecimal => _open.Exists(i => i.Indent == 0 && i.Style == Style.Decimal && !i.Token.Contains('.', StringComparison.Ordinal));

    /// <summary>Opens an item and returns its number path, relative to <paramref name="headingPrefix"/> at the top level.</summary>
    public string? Add(int indent, ClauseMarker marker, string? headingPrefix)
    {
        while (_open.Count > 0 && _open[^1].Indent > indent)
            _open.RemoveAt(_open.Count - 1);
        var style = StyleOf(indent, marker);
        var upper = marker.Token.Length > 0 && char.IsUpper(marker.Token[0]);
        var wrap = marker.Wrap == ' ' ? '.' : marker.Wrap; // "1.1" and "1.2." are one list
        var same = _open.FindLastIndex(i => i.Indent == indent && i.Style == style && i.Wrap == wrap && i.Upper == upper);
        if (same >= 0)
            _open.RemoveRange(same, _open.Count - same);
        while (_open.Count > 0 && _open[^1].Indent == indent && !Nests(_open[^1].Style, style))
            _open.RemoveAt(_open.Count - 1);
        var parent = ParentPath() ?? headingPrefix;
        var path = marker.IsBullet ? null : Join(parent, marker, style);
        _open.Add(new Item(indent, style, wrap, upper, marker.Token, path));
        return path;
    }

    private static bool Nests(Style outer, Style inner) =>
        (outer == Style.Decimal && inner is Style.Letter or Style.Roman) || (outer == Style.Letter && inner == Style.Roman);

    private string? ParentPath()
    {
        for (var i = _open.Count - 1; i >= 0; i--)
        {
            if (_open[i].Path is { } path)
                return path;
        }
        return null;
    }

    /// <summary>"1." under "4" is "4.1"; "4.1" stays "4.1" wherever it is; "(a)" under "4.2" is "4.2(a)".</summary>
    private static string Join(string? parent, ClauseMarker marker, Style style)
    {
        if (parent is null || marker.Token.Contains('.', StringComparison.Ordinal))
            return marker.Written;
        return style == Style.Decimal && !parent.EndsWith(')') ? parent + "." + marker.Token : parent + "(" + marker.Token + ")";
    }

    /// <summary>A single "i", "v" or "x" is a letter when it follows "h", "u" or "w" in a list open at its indent, a numeral otherwise.</summary>
    private Style StyleOf(int indent, ClauseMarker marker)
    {
        var token = marker.Token;
        if (marker.IsBullet)
            return Style.Bullet;
        if (marker.IsDecimal)
            return Style.Decimal;
        if (token.Length > 1)
            return Style.Roman;
        if (!ClauseMarker.IsRoman(token))
            return Style.Letter;
        var previous = (char)(token[0] - 1);
        var followsLetter = _open.Exists(i => i.Indent == indent && i.Style == Style.Letter && i.Wrap == marker.Wrap && i.Token.Length == 1 && i.Token[0] == previous);
        return followsLetter || char.ToLowerInvariant(token[0]) is not ('i' or 'v' or 'x') ? Style.Letter : Style.Roman;
    }
}

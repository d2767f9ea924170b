namespace Clauseline.Segmentation;

/// <summary>
/// The headings open at a point of the text, outermost first. A heading closes every open heading of its level
/// or deeper; headings found by their wording rather than Markdown marks sit below the Markdown heading they follow.
/// </summary>
internal sealed class HeadingStack
{
    private readonly List<(int Level, HeadingLine Heading)> _open = [];
    private IReadOnlyList<string>? _path;

    /// <summary>The titles of the open headings, outermost first; one list shared by every provision until a heading changes it.</summary>
    public IReadOnlyList<string> Path() => _path ??= [.. _open.Select(h => h.Heading.Title)];

    /// <summary>The decimal number of the innermost heading, when it has one, for clauses numbered relative to it.</summary>
    public string? Prefix => _open.Count == 0 ? null : _open[^1].Heading.Prefix;

    /// <summary>
    /// True when an open heading found from a numbered line ("1. Your account", not "## 1. ...") is numbered one
    /// less than <paramref name="token"/>, so a line "2. ..." may be its sibling.
    /// </summary>
    public bool Follows(string token) =>
        int.TryParse(token, out var n) && _open.Exists(h => !h.Heading.Markdown && h.Heading.Prefix == (n - 1).ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Closes the headings that <paramref name="heading"/> ends and returns the path it sits under.</summary>
    public IReadOnlyList<string> Open(HeadingLine heading)
    {
        var level = heading.Level;
        if (!heading.Markdown)
        {
            var markdownLevel = 0;
            foreach (var (l, h) in _open)
            {
                if (h.Markdown)
                    markdownLevel = l;
            }
            level += markdownLevel;
        }
        while (_open.Count > 0 && _open[^1].Level >= level)
            _open.RemoveAt(_open.Count - 1);
        _path = null;
        var path = Path();
        _open.Add((level, heading));
        _path = null;
        return path;
    }
}

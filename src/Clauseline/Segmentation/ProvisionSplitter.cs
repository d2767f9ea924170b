namespace Clauseline.Segmentation;

/// <summary>
/// Splits a text (the Markdown our extractor writes, or an imported one) into provisions: headings, paragraphs,
/// list items and tables, each with the headings it sits under and its clause number. One pass over the lines,
/// no regular expressions; offsets point into the text exactly as given, CRLF and all. A setext underline belongs
/// to the heading it underlines; a thematic break ("---" not under a paragraph) to no provision.
/// </summary>
public static class ProvisionSplitter
{
    public static IReadOnlyList<Provision> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var splitting = new Splitting(text);
        var lines = TextLines.Split(text);
        // Each line learns the next non-blank one: "1. Your account" is a heading when "1.1 ..." follows it.
        TextLines.Line? following = null;
        var nextNonBlank = new TextLines.Line?[lines.Count];
        for (var i = lines.Count - 1; i >= 0; i--)
        {
            nextNonBlank[i] = following;
            if (!lines[i].Blank)
                following = lines[i];
        }
        for (var i = 0; i < lines.Count; i++)
            splitting.Read(lines[i], nextNonBlank[i]);
        splitting.Close();
        return splitting.Provisions;
    }

    /// <summary>The state of one split: the block being read, and the headings and list items open around it.</summary>
    private sealed class Splitting(string text)
    {
        private readonly HeadingStack _headings = new();
        private readonly ListStack _lists = new();
        private int _start = -1;
        private int _end;
        private int _lineCount;
        private ProvisionKind _kind;
        private string? _number;

        public List<Provision> Provisions { get; } = [];

        public void Read(TextLines.Line line, TextLines.Line? next)
        {
            if (line.Blank)
            {
                Close();
                return;
            }
            int s = line.TrimmedStart, e = line.TrimmedEnd;
            if (IsRule(s, e))
            {
                // "Title" over "=====" or "-----" is a heading; a rule after anything else is a thematic break.
                if (_start >= 0 && _kind == ProvisionKind.Paragraph)
                    Setext(e, text[s] == '=' ? 1 : 2);
                else if (text[s] != '=')
                    Close();
                else
                    Continue(line);
                return;
            }
            if (text[s] == '|')
            {
                if (_start < 0 || _kind != ProvisionKind.Table)
                    Open(s, e, ProvisionKind.Table, null);
                else
                    _end = e;
                return;
            }
            if (_start >= 0 && _kind == ProvisionKind.Table)
                Close();
            if (HeadingLines.Detect(text, line) is { } heading)
            {
                Close();
                Heading(s, e, heading);
                return;
            }
            var marker = ClauseMarker.Parse(text, s, e);
            if (marker is { } numbered && IsNumberedHeading(numbered, e, next))
            {
                Close();
                Heading(s, e, HeadingLines.Make(text[s..e], level: null, markdown: false));
                return;
            }
            if (marker is { } m)
            {
                Close();
                Open(s, e, ProvisionKind.ListItem, _lists.Add(Indent(line), m, _headings.Prefix));
                return;
            }
            Continue(line);
        }

        public void Close()
        {
            if (_start < 0)
                return;
            Provisions.Add(new Provision(_start, _end, text[_start.._end], _headings.Path(), _number, _kind));
            _start = -1;
        }

        /// <summary>A line that opens no block of its own: it goes on with the open one, or opens a paragraph.</summary>
        private void Continue(TextLines.Line line)
        {
            if (_start >= 0)
            {
                _end = line.TrimmedEnd;
                _lineCount++;
                return;
            }
            if (Indent(line) < 2)
                _lists.Clear(); // a paragraph at the margin ends the lists before it; an indented one continues an item
            Open(line.TrimmedStart, line.TrimmedEnd, ProvisionKind.Paragraph, null);
        }

        private void Open(int start, int end, ProvisionKind kind, string? number)
        {
            (_start, _end, _kind, _number, _lineCount) = (start, end, kind, number, 1);
        }

        private void Heading(int start, int end, HeadingLine heading)
        {
            _lists.Clear();
            var path = _headings.Open(heading);
            Provisions.Add(new Provision(start, end, text[start..end], path, heading.Number, ProvisionKind.Heading));
        }

        /// <summary>The open paragraph is the title of a setext heading underlined up to <paramref name="end"/>.</summary>
        private void Setext(int end, int level)
        {
            var title = string.Join(' ', text[_start.._end].Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
            var start = _start;
            _start = -1;
            Heading(start, end, HeadingLines.Make(title, level, markdown: true));
        }

        /// <summary>
        /// "1. Your account", short and without final punctuation, over "1.1 ..." or after the heading "0. ...": a
        /// heading numbered like the clauses under it.
        /// </summary>
        private bool IsNumberedHeading(ClauseMarker marker, int end, TextLines.Line? next)
        {
            if (!marker.IsDecimal || marker.Token.Contains('.', StringComparison.Ordinal) || text[end - 1] is ';' or ':' or ',')
                return false;
            var spaces = text.AsSpan(marker.ContentStart, end - marker.ContentStart).Count(' ');
            if (next is { } n && ClauseMarker.Parse(text, n.TrimmedStart, n.TrimmedEnd) is { } child
                && child.Token.StartsWith(marker.Token + ".", StringComparison.Ordinal))
                return spaces < 20;
            // Without clauses under it, a heading is short and has no final full stop unless it is a word or two.
            return _headings.Follows(marker.Token) && !_lists.ContinuesDecimal && spaces < 14 && (text[end - 1] != '.' || spaces < 4);
        }

        /// <summary>A line of only '=', or of only '-', '*' or '_' (spaces allowed), at least three long.</summary>
        private bool IsRule(int s, int e)
        {
            var c = text[s];
            if (c is not ('=' or '-' or '*' or '_'))
                return false;
            var count = 0;
            for (var i = s; i < e; i++)
            {
                if (text[i] == c)
                    count++;
                else if (text[i] is not (' ' or '\t') || c == '=')
                    return false;
            }
            return count >= 3 || (c is '=' or '-' && count == e - s && count >= 2 && _start >= 0 && _kind == ProvisionKind.Paragraph && _lineCount == 1);
        }

        private int Indent(TextLines.Line line)
        {
            var indent = 0;
            for (var i = line.Start; i < line.TrimmedStart; i++)
                indent += text[i] == '\t' ? 4 : 1;
            return indent;
        }
    }
}

using System.Globalization;
using System.Text;
using AngleSharp.Dom;

namespace Clauseline.Extraction;

/// <summary>
/// Writes a DOM subtree as Markdown-like structured text: headings keep their level, lists their
/// numbering and nesting, tables their rows, links their (cleaned, absolute) targets. Emphasis and
/// layout are dropped, since they change without the terms changing.
/// </summary>
public sealed class MarkdownWriter(Uri? baseUri)
{
    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed", "video", "audio",
        "img", "picture", "source", "input", "select", "option", "textarea", "button", "head", "meta", "link", "map", "hr",
    };

    private static readonly HashSet<string> BlockTags = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "body", "center", "dd", "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption",
        "figure", "footer", "form", "header", "hgroup", "html", "li", "main", "nav", "p", "section", "summary", "caption",
    };

    private static readonly (string Css, string Style)[] ListStyles =
        [("lower-alpha", "a"), ("lower-latin", "a"), ("upper-alpha", "A"), ("upper-latin", "A"), ("lower-roman", "i"), ("upper-roman", "I")];

    private static readonly (int, string)[] RomanDigits =
        [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")];

    private readonly List<string> _blocks = [];
    private readonly StringBuilder _inline = new();

    /// <summary>The Markdown of the given nodes, blocks separated by one blank line.</summary>
    public string Write(IEnumerable<INode> nodes)
    {
        foreach (var node in nodes)
            Visit(node);
        FlushInline();
        return string.Join("\n\n", _blocks);
    }

    private List<string> Blocks(IEnumerable<INode> nodes)
    {
        var writer = new MarkdownWriter(baseUri);
        foreach (var node in nodes)
            writer.Visit(node);
        writer.FlushInline();
        return writer._blocks;
    }

    private string InlineText(IElement element) =>
        string.Join(" ", Blocks(element.ChildNodes).Select(b => b.Replace('\n', ' '))).Trim();

    private void Visit(INode node)
    {
        if (node is IText text)
        {
            AppendCollapsed(text.Data);
            return;
        }
        if (node is not IElement element)
            return;
        var tag = element.LocalName;
        if (Skipped.Contains(tag))
            return;
        switch (tag)
        {
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                FlushInline();
                var heading = InlineText(element);
                if (heading.Length > 0)
                    _blocks.Add(new string('#', tag[1] - '0') + " " + heading);
                return;
            case "ul" or "ol" or "menu":
                FlushInline();
                var list = List(element);
                if (list.Length > 0)
                    _blocks.Add(list);
                return;
            case "table":
                FlushInline();
                if (element.Children.FirstOrDefault(c => c.LocalName == "caption") is { } caption && InlineText(caption) is { Length: > 0 } title)
                    _blocks.Add(title);
                var table = Table(element);
                if (table.Length > 0)
                    _blocks.Add(table);
                return;
            case "dl":
                FlushInline();
                _blocks.AddRange(Definitions(element));
                return;
            case "br":
                _inline.Append('\n');
                return;
            case "a":
                Link(element);
                return;
            case "pre":
                FlushInline();
                var pre = element.TextContent.Replace("\r\n", "\n", StringComparison.Ordinal).Trim('\n');
                if (pre.Trim().Length > 0)
                    _blocks.Add(pre);
                return;
            case "blockquote":
                FlushInline();
                foreach (var block in Blocks(element.ChildNodes))
                    _blocks.Add(string.Join('\n', block.Split('\n').Select(l => "> " + l)));
                return;
        }
        var isBlock = BlockTags.Contains(tag);
        if (isBlock)
            FlushInline();
        foreach (var child in element.ChildNodes)
            Visit(child);
        if (isBlock)
            FlushInline();
    }

    private void Link(IElement anchor)
    {
        var label = InlineText(anchor);
        if (label.Length == 0)
            return;
        var target = LinkCleaner.Clean(anchor.GetAttribute("href"), baseUri);
        if (target is null)
            AppendCollapsed(label);
        else
            _inline.Append('[').Append(label.Replace("]", "\\]", StringComparison.Ordinal)).Append("](").Append(target.Replace(")", "%29", StringComparison.Ordinal)).Append(')');
    }

    private string List(IElement list)
    {
        var ordered = list.LocalName == "ol";
        var number = ordered && Integer(list.GetAttribute("start")) is { } start ? start : 1;
        var style = ordered ? NumberStyle(list) : "1";
        var lines = new List<string>();
        var indent = "";
        foreach (var child in list.ChildNodes)
        {
            if (child is IElement { LocalName: "li" } item)
            {
                number = ordered && Integer(item.GetAttribute("value")) is { } value ? value : number;
                var marker = ordered ? Number(number++, style) + ". " : "- ";
                indent = new string(' ', marker.Length);
                AddLines(lines, Blocks(item.ChildNodes), marker, indent);
            }
            else if (child is IElement or IText)
            {
                // Invalid but common (Word exports, CMS editors): a nested list or paragraph straight inside
                // the list belongs to the item before it; its text must not be lost.
                AddLines(lines, Blocks([child]), indent, indent);
            }
        }
        return string.Join('\n', lines);
    }

    private static void AddLines(List<string> lines, List<string> blocks, string firstPrefix, string prefix)
    {
        if (blocks.Count == 0)
            return;
        var first = true;
        foreach (var line in string.Join('\n', blocks).Split('\n'))
        {
            if (first)
                lines.Add(firstPrefix + line);
            else if (line.Length > 0)
                lines.Add(prefix + line);
            first = false;
        }
    }

    private static int? Integer(string? text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>The numbering of an ordered list as its <c>type</c> attribute (or inline <c>list-style-type</c>) asks: 1, a, A, i or I.</summary>
    private static string NumberStyle(IElement list)
    {
        var type = list.GetAttribute("type");
        if (type is "a" or "A" or "i" or "I")
            return type;
        var css = list.GetAttribute("style") ?? "";
        return ListStyles.FirstOrDefault(s => css.Contains(s.Css, StringComparison.OrdinalIgnoreCase)).Style ?? "1";
    }

    private static string Number(int number, string style)
    {
        if (number < 1 || style == "1")
            return number.ToString(CultureInfo.InvariantCulture);
        var text = style is "a" or "A" ? Letters(number) : Roman(number);
        return style is "a" or "i" ? text : text.ToUpperInvariant();
    }

    private static string Letters(int number)
    {
        var text = "";
        for (; number > 0; number = (number - 1) / 26)
            text = (char)('a' + ((number - 1) % 26)) + text;
        return text;
    }

    private static string Roman(int number)
    {
        var builder = new StringBuilder();
        foreach (var (value, digits) in RomanDigits)
        {
            for (; number >= value; number -= value)
                builder.Append(digits);
        }
        return builder.ToString();
    }

    /// <summary>A definition list as one block per group: the terms on their own lines, each definition after <c>: </c>.</summary>
    private List<string> Definitions(IElement list)
    {
        var groups = new List<string>();
        var group = new List<string>();
        var lastWasDefinition = false;
        var items = list.Children.SelectMany(c => c.LocalName == "div" ? c.Children.ToArray() : [c]);
        foreach (var item in items.Where(i => i.LocalName is "dt" or "dd"))
        {
            if (item.LocalName == "dt" && lastWasDefinition && group.Count > 0)
            {
                groups.Add(string.Join('\n', group));
                group.Clear();
            }
            lastWasDefinition = item.LocalName == "dd";
            var lines = string.Join('\n', Blocks(item.ChildNodes)).Split('\n').Where(l => l.Length > 0).ToList();
            if (item.LocalName == "dt")
                group.AddRange(lines);
            else
                group.AddRange(lines.Select((line, i) => (i == 0 ? ": " : "  ") + line));
        }
        if (group.Count > 0)
            groups.Add(string.Join('\n', group));
        return groups;
    }

    private string Table(IElement table)
    {
        var rows = table.QuerySelectorAll("tr")
            .Where(r => r.Closest("table") == table)
            .Select(r => r.Children.Where(c => c.LocalName is "td" or "th").Select(c => InlineText(c).Replace("|", "\\|", StringComparison.Ordinal)).ToList())
            .Where(cells => cells.Count > 0 && cells.Any(c => c.Length > 0))
            .ToList();
        if (rows.Count == 0)
            return "";
        var width = rows.Max(r => r.Count);
        var lines = new List<string>();
        for (var i = 0; i < rows.Count; i++)
        {
            var cells = rows[i].Concat(Enumerable.Repeat("", width - rows[i].Count));
            lines.Add("| " + string.Join(" | ", cells) + " |");
            if (i == 0)
                lines.Add("|" + string.Concat(Enumerable.Repeat(" --- |", width)));
        }
        return string.Join('\n', lines);
    }

    private void AppendCollapsed(string text)
    {
        var lastWasSpace = _inline.Length > 0 && (_inline[^1] == ' ' || _inline[^1] == '\n');
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) && c != '\u00A0')
            {
                if (!lastWasSpace)
                    _inline.Append(' ');
                lastWasSpace = true;
            }
            else
            {
                _inline.Append(c == '\u00A0' ? ' ' : c);
                lastWasSpace = false;
            }
        }
    }

    private void FlushInline()
    {
        if (_inline.Length == 0)
            return;
        var lines = _inline.ToString().Split('\n').Select(l => CollapseSpaces(l.Trim())).Where(l => l.Length > 0);
        var block = string.Join('\n', lines);
        if (block.Length > 0)
            _blocks.Add(block);
        _inline.Clear();
    }

    private static string CollapseSpaces(string line)
    {
        if (!line.Contains("  ", StringComparison.Ordinal))
            return line;
        var builder = new StringBuilder(line.Length);
        foreach (var c in line)
        {
            if (c == ' ' && builder.Length > 0 && builder[^1] == ' ')
                continue;
            builder.Append(c);
        }
        return builder.ToString();
    }
}

using AngleSharp.Dom;

namespace Clauseline.Extraction;

/// <summary>
/// Finds the element that holds the document when no selector is declared: a single <c>main</c>
/// (or <c>role=main</c>), else a single <c>article</c>, else the body, narrowed while one child holds
/// nearly all of the running text, but never past a heading beside that child: that is the
/// document's title or the heading of its first section.
/// </summary>
public static class MainContent
{
    private const double Share = 0.8;

    public static IElement Find(IElement body)
    {
        var mains = body.QuerySelectorAll("main, [role='main']").Where(m => m.ParentElement?.Closest("main, [role='main']") is null).ToList();
        if (mains.Count == 1 && ProseLength(mains[0]) > 0)
            return mains[0];
        var articles = body.QuerySelectorAll("article").Where(a => a.ParentElement?.Closest("article") is null).ToList();
        if (articles.Count == 1 && ProseLength(articles[0]) >= ProseLength(body) * 0.5)
            return articles[0];
        var current = body;
        while (true)
        {
            var total = ProseLength(current);
            if (total == 0)
                return current;
            var dominant = current.Children.FirstOrDefault(c => ProseLength(c) >= total * Share);
            if (dominant is null || dominant.LocalName is "p" or "li" or "ul" or "ol" or "table" || current.Children.Any(IsHeading))
                return current;
            current = dominant;
        }
    }

    private static bool IsHeading(IElement element) => element.LocalName is "h1" or "h2" or "h3" or "h4" or "h5" or "h6";

    /// <summary>The length of running text (paragraphs, list items, cells, headings) under an element.</summary>
    private static int ProseLength(IElement element) =>
        element.QuerySelectorAll("p, li, td, h1, h2, h3, h4, h5, h6, dd, pre, blockquote").Sum(e => DirectText(e))
        + (element.LocalName is "p" or "li" or "td" ? DirectText(element) : 0);

    private static int DirectText(IElement element) =>
        element.ChildNodes.OfType<IText>().Sum(t => t.Data.Trim().Length)
        + element.ChildNodes.OfType<IElement>().Where(e => e.LocalName is "a" or "strong" or "b" or "em" or "i" or "span" or "u" or "code" or "abbr")
            .Sum(e => e.TextContent.Trim().Length);
}

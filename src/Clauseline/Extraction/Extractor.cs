using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Clauseline.Catalog;
using Clauseline.Fetching;

namespace Clauseline.Extraction;

/// <summary>
/// Turns the snapshots of a document into its structured text: per source page, drop hidden
/// elements and clutter, apply <c>remove</c> then <c>select</c> (or find the main content), write
/// Markdown; then join the pages in order and normalise whitespace. Deterministic: the same bytes
/// and declaration always give the same text. A wall, an empty page or a selector that matches
/// nothing is a failure, never a text.
/// </summary>
public static class Extractor
{
    /// <summary>Bumped whenever a change here can change the text of an unchanged page; a new value re-extracts archived snapshots as technical upgrades.</summary>
    public const string Version = "3";

    /// <summary>Texts shorter than this, in characters, are not taken for a legal document.</summary>
    public const int MinimumChars = 200;

    public static ExtractionResult Extract(IReadOnlyList<SourcePage> pages, DocumentDeclaration declaration)
    {
        var parts = new List<string>(pages.Count);
        foreach (var page in pages)
        {
            var result = PdfText.LooksLikePdf(page.Body, page.ContentType) || declaration.Pdf ? ExtractPdf(page)
                : IsText(page.ContentType) ? ExtractHtml(page, declaration)
                : new ExtractionFailed(FailureReason.UnsupportedContent, $"{page.Url} is {page.ContentType}, not a web page, a PDF or plain text");
            if (result is ExtractionFailed)
                return result;
            parts.Add(((Extracted)result).Text);
        }
        var text = TextNormalizer.Normalize(string.Join("\n\n", parts));
        if (text.Length < MinimumChars)
            return new ExtractionFailed(FailureReason.Empty, $"the extracted text has {text.Length} characters, fewer than the {MinimumChars} a document needs");
        return new Extracted(text);
    }

    private static ExtractionResult ExtractPdf(SourcePage page)
    {
        var text = PdfText.Extract(page.Body);
        return text is null
            ? new ExtractionFailed(FailureReason.PdfUnreadable, $"{page.Url} is not a readable PDF")
            : new Extracted(TextNormalizer.Normalize(text));
    }

    private static ExtractionResult ExtractHtml(SourcePage page, DocumentDeclaration declaration)
    {
        var html = TextDecoding.Decode(page.Body, page.ContentType);
        if (LooksLikePlainText(page.ContentType))
            return new Extracted(html);
        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        using var document = parser.ParseDocument(html);
        var wall = WallDetector.Detect(document);
        if (wall is { } found)
            return new ExtractionFailed(found.Reason, found.Detail);
        var body = document.Body;
        if (body is null)
            return new ExtractionFailed(FailureReason.Empty, $"{page.Url} has no body");
        PageCleaner.RemoveHidden(body);
        foreach (var selector in declaration.Remove ?? [])
        {
            foreach (var element in SafeQuery(body, selector))
                element.Remove();
        }
        IReadOnlyList<IElement> roots;
        if (declaration.Select is { Count: > 0 } selectors)
        {
            roots = [.. selectors.SelectMany(s => SafeQuery(body, s)).Distinct().Where(e => e.Parent is not null)];
            roots = [.. roots.Where(e => !roots.Any(other => other != e && other.Contains(e)))];
            if (roots.Count == 0)
                return new ExtractionFailed(FailureReason.SelectorMatchedNothing, $"no element of {page.Url} matches {string.Join(", ", selectors)}");
            foreach (var root in roots)
                PageCleaner.RemoveClutter(root);
        }
        else
        {
            PageCleaner.RemoveClutter(body);
            PageCleaner.RemoveFurniture(body);
            roots = [MainContent.Find(body)];
        }
        var writer = new MarkdownWriter(BaseUri(document, page.Url));
        return new Extracted(writer.Write(roots));
    }

    private static IEnumerable<IElement> SafeQuery(IElement root, string selector)
    {
        try
        {
            return [.. root.QuerySelectorAll(selector)];
        }
        catch (DomException)
        {
            return [];
        }
    }

    private static Uri? BaseUri(IDocument document, string pageUrl)
    {
        Uri.TryCreate(pageUrl, UriKind.Absolute, out var pageUri);
        var baseHref = document.QuerySelector("base[href]")?.GetAttribute("href");
        if (baseHref is not null && pageUri is not null && Uri.TryCreate(pageUri, baseHref, out var declared))
            return declared;
        return pageUri;
    }

    /// <summary>HTML, XHTML, plain text and Markdown are read as text; no content type at all is taken for HTML.</summary>
    private static bool IsText(string? contentType) =>
        string.IsNullOrWhiteSpace(contentType)
        || contentType.StartsWith("text/", StringComparison.OrdinalIgnoreCase)
        || contentType.StartsWith("application/xhtml+xml", StringComparison.OrdinalIgnoreCase);

    private static bool LooksLikePlainText(string? contentType) =>
        contentType is not null
        && (contentType.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase) || contentType.StartsWith("text/markdown", StringComparison.OrdinalIgnoreCase));
}

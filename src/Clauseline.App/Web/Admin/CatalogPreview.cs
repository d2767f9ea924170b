using Clauseline.Catalog;
using Clauseline.Extraction;
using Clauseline.Fetching;

namespace Clauseline.App.Web.Admin;

/// <summary>What checking a document would get today: its pages fetched and extracted by the pipeline's own stages, nothing recorded.</summary>
public sealed record CatalogPreview(string? Text, string? Failure)
{
    public static async Task<CatalogPreview> RunAsync(DocumentFetcher fetcher, DocumentDeclaration document, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(fetcher);
        ArgumentNullException.ThrowIfNull(document);
        var pages = new List<SourcePage>();
        foreach (var url in document.Urls)
        {
            var outcome = await fetcher.FetchAsync(new FetchRequest(new Uri(url), Language: document.Language, IgnoreRobots: document.IgnoreRobots), document.Browser, ct);
            switch (outcome)
            {
                case Fetched fetched:
                    pages.Add(new SourcePage(fetched.FinalUrl, fetched.ContentType, fetched.Body));
                    break;
                case FetchFailed failed:
                    return new CatalogPreview(null, $"Fetching {url} failed: {failed.Reason.Name()}: {failed.Detail}");
                default:
                    return new CatalogPreview(null, $"Fetching {url} gave nothing to read.");
            }
        }
        return Extractor.Extract(pages, document) switch
        {
            Extracted extracted => new CatalogPreview(extracted.Text, null),
            ExtractionFailed failed => new CatalogPreview(null, $"Extraction failed: {failed.Reason.Name()}: {failed.Detail}"),
            _ => new CatalogPreview(null, "Extraction gave nothing."),
        };
    }
}

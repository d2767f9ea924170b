using System.Globalization;
using Clauseline.Archive;
using Clauseline.Catalog;
using Clauseline.Records;
using Clauseline.Segmentation;
using Clauseline.Storage;

namespace Clauseline.Search;

/// <summary>
/// Keeps the search rows in step with the archive and answers searches. Before each search it compares what each
/// source was indexed at with the archive (one small query) and rebuilds only what moved on: a document whose
/// latest version (or change record builder) changed, or the platform and document names. Checking at read time
/// rather than hooking every writer keeps the index right whatever recorded the version: a check, an import, a
/// re-extraction, another worker process, or change records rebuilt by a newer builder.
/// </summary>
public sealed class SearchIndex(Store store) : IDisposable
{
    public const int PageSize = 20;
    public const int Shortlist = 10;

    private readonly SemaphoreSlim _refreshing = new(1, 1);

    /// <summary>Brings the index up to date and returns how many sources were rebuilt.</summary>
    public async Task<int> RefreshAsync(CancellationToken cancellationToken = default)
    {
        await _refreshing.WaitAsync(cancellationToken);
        try
        {
            var stamps = await store.GetSearchStampsAsync(cancellationToken);
            var platforms = await store.GetPlatformsAsync(cancellationToken);
            var documents = await store.GetDocumentsAsync(cancellationToken: cancellationToken);
            var rebuilt = 0;
            var catalog = CatalogEntries(platforms, documents);
            var signature = Hashing.Sha256(string.Join('\n', catalog.Select(e => $"{e.Kind}|{e.PlatformSlug}|{e.TypeId}|{e.Title}|{e.Headings}|{e.Body}")));
            if (stamps.GetValueOrDefault("catalog") != signature)
            {
                await store.ReplaceSearchEntriesAsync("catalog", signature, catalog, cancellationToken);
                rebuilt++;
            }
            var latest = await store.GetLatestVersionIdsAsync(cancellationToken);
            foreach (var document in documents)
            {
                if (!latest.TryGetValue(document.Id, out var versionId))
                    continue;
                var stamp = string.Create(CultureInfo.InvariantCulture, $"{versionId}:{ChangeRecords.BuilderVersion}");
                if (stamps.GetValueOrDefault(Source(document)) != stamp && await IndexAsync(document, versionId, stamp, cancellationToken))
                    rebuilt++;
            }
            return rebuilt;
        }
        finally
        {
            _refreshing.Release();
        }
    }

    /// <summary>The first results of each kind; provisions a page at a time (from 1).</summary>
    public async Task<SearchResults> SearchAsync(SearchQuery query, int page, CancellationToken cancellationToken = default)
    {
        await RefreshAsync(cancellationToken);
        var provisions = await store.SearchAsync(query, SearchKind.Provision, PageSize, (page - 1) * PageSize, cancellationToken);
        var platforms = page == 1 ? await store.SearchAsync(query, SearchKind.Platform, Shortlist, 0, cancellationToken) : new SearchHits([], 0);
        var documents = page == 1 ? await store.SearchAsync(query, SearchKind.Document, Shortlist, 0, cancellationToken) : new SearchHits([], 0);
        return new SearchResults(query, page, platforms, documents, provisions);
    }

    public void Dispose() => _refreshing.Dispose();

    private static string Source(Document document) => string.Create(CultureInfo.InvariantCulture, $"document/{document.Id}");

    /// <summary>Indexes the provisions of a document's latest version; false when they have no ids yet (tried again next time).</summary>
    private async Task<bool> IndexAsync(Document document, long versionId, string stamp, CancellationToken cancellationToken)
    {
        // Provision ids live in the change records: a version recorded without one gets it now.
        await new ChangeRecorder(store).RecordAsync(document.Id, cancellationToken);
        var version = await store.GetVersionAsync(versionId, cancellationToken);
        var ids = await store.GetProvisionIdsAsync(versionId, cancellationToken);
        if (version is null || ids is null)
            return false;
        var provisions = ProvisionSplitter.Split(version.Text);
        if (provisions.Count != ids.Count)
            return false;
        var entries = provisions
            .Select((p, i) => (Provision: p, Id: ids[i]))
            .Where(p => p.Provision.Kind != ProvisionKind.Heading)
            .Select(p => new SearchEntry(SearchKind.Provision, document.PlatformSlug, document.TypeId, p.Id, p.Provision.Number ?? "",
                string.Join(" › ", p.Provision.HeadingPath), p.Provision.Text))
            .ToList();
        await store.ReplaceSearchEntriesAsync(Source(document), stamp, entries, cancellationToken);
        return true;
    }

    /// <summary>A row per platform (its name, slug and website) and per document (its names, with the type's aliases).</summary>
    private static List<SearchEntry> CatalogEntries(IReadOnlyList<Platform> platforms, IReadOnlyList<Document> documents) =>
    [
        .. platforms.Select(p => new SearchEntry(SearchKind.Platform, p.Slug, null, null, p.Name, p.Slug.Replace('-', ' '), p.Website ?? "")),
        .. documents.Select(d => new SearchEntry(SearchKind.Document, d.PlatformSlug, d.TypeId, null, $"{d.PlatformName} {d.TypeName}",
            d.TypeName, string.Join(", ", DocumentTypes.Find(d.TypeId)?.Aliases ?? []))),
    ];
}

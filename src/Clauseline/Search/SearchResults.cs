namespace Clauseline.Search;

/// <summary>The answer to a search: platforms and documents (on the first page), and one page of provisions.</summary>
public sealed record SearchResults(SearchQuery Query, int Page, SearchHits Platforms, SearchHits Documents, SearchHits Provisions)
{
    public int Pages => Math.Max(1, (Provisions.Total + SearchIndex.PageSize - 1) / SearchIndex.PageSize);

    public bool IsEmpty => Platforms.Total == 0 && Documents.Total == 0 && Provisions.Total == 0;
}

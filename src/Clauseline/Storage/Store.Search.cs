using System.Data.Common;
using Clauseline.Search;

namespace Clauseline.Storage;

public sealed partial class Store
{
    /// <summary>What each search source was indexed at, by source ("catalog", "document/12").</summary>
    public async Task<IReadOnlyDictionary<string, string>> GetSearchStampsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync("SELECT source, stamp FROM search_sources", r => (Source: r.Text("source"), Stamp: r.Text("stamp")), cancellationToken: cancellationToken);
        return rows.ToDictionary(r => r.Source, r => r.Stamp, StringComparer.Ordinal);
    }

    /// <summary>Replaces the rows of one source and records its new stamp, in one transaction.</summary>
    public async Task ReplaceSearchEntriesAsync(string source, string stamp, IReadOnlyList<SearchEntry> entries, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entries);
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // The stamp is written first: a second writer of the same source waits on its row, then replaces the first's rows instead of adding to them.
        await connection.ExecuteAsync("""
            INSERT INTO search_sources (source, stamp, indexed_at) VALUES (@source, @stamp, @now)
            ON CONFLICT (source) DO UPDATE SET stamp = excluded.stamp, indexed_at = excluded.indexed_at
            """, [("source", source), ("stamp", stamp), ("now", Now())], transaction, cancellationToken);
        await connection.ExecuteAsync("DELETE FROM search_entries WHERE source = @source", [("source", source)], transaction, cancellationToken);
        foreach (var e in entries)
        {
            await connection.ExecuteAsync("""
                INSERT INTO search_entries (kind, source, platform_slug, type_id, provision_id, title, headings, body)
                VALUES (@kind, @source, @platform, @type, @provision, @title, @headings, @body)
                """,
                [("kind", KindName(e.Kind)), ("source", source), ("platform", e.PlatformSlug), ("type", e.TypeId), ("provision", e.ProvisionId),
                 ("title", Clean(e.Title)), ("headings", Clean(e.Headings)), ("body", Clean(e.Body))], transaction, cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>One page of the results of one kind, best first, with the number of results of that kind.</summary>
    public async Task<SearchHits> SearchAsync(SearchQuery query, SearchKind kind, int limit, int offset, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var connection = await OpenAsync(cancellationToken);
        var postgres = Database.Kind == "postgres";
        var text = postgres ? query.ToWebSearch() : query.ToFts5();
        var parameters = new List<(string, object?)> { ("q", text), ("kind", KindName(kind)), ("limit", limit), ("offset", offset) };
        var total = await connection.ScalarAsync<long>(postgres
            ? "SELECT COUNT(*) FROM search_entries WHERE kind = @kind AND terms @@ websearch_to_tsquery('english', @q)"
            : "SELECT COUNT(*) FROM search_entries WHERE search_entries MATCH @q AND kind = @kind", parameters, cancellationToken: cancellationToken);
        if (total == 0)
            return new SearchHits([], 0);
        // Titles weigh most, then headings, then the text (bm25's weights follow the columns; lower scores are better).
        var sql = postgres
            ? $"""
                SELECT kind, platform_slug, type_id, provision_id, title, headings,
                       ts_headline('english', body, websearch_to_tsquery('english', @q), @options) AS snippet
                FROM (SELECT * FROM search_entries WHERE kind = @kind AND terms @@ websearch_to_tsquery('english', @q)
                      ORDER BY ts_rank_cd(terms, websearch_to_tsquery('english', @q)) DESC, id LIMIT @limit OFFSET @offset) s
                ORDER BY ts_rank_cd(terms, websearch_to_tsquery('english', @q)) DESC, id
                """
            : """
                SELECT kind, platform_slug, type_id, provision_id, title, headings,
                       snippet(search_entries, 7, char(2), char(3), '…', 24) AS snippet
                FROM search_entries WHERE search_entries MATCH @q AND kind = @kind
                ORDER BY bm25(search_entries, 0, 0, 0, 0, 0, 10.0, 4.0, 1.0), rowid LIMIT @limit OFFSET @offset
                """;
        if (postgres)
            parameters.Add(("options", $"StartSel={SearchHit.MarkStart}, StopSel={SearchHit.MarkEnd}, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=\" … \""));
        var hits = await connection.QueryAsync(sql, ReadHit, parameters, cancellationToken: cancellationToken);
        return new SearchHits(hits, (int)total);
    }

    private static SearchHit ReadHit(DbDataReader r) => new(
        Enum.Parse<SearchKind>(r.Text("kind"), ignoreCase: true), r.Text("platform_slug"), r.TextOrNull("type_id"), r.TextOrNull("provision_id"),
        r.Text("title"), r.Text("headings"), r.TextOrNull("snippet") ?? "");

    private static string KindName(SearchKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>The text without the two control characters that mark highlights in snippets.</summary>
    private static string Clean(string text) => text.Replace(SearchHit.MarkStart, ' ').Replace(SearchHit.MarkEnd, ' ');
}

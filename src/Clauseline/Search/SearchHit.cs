namespace Clauseline.Search;

/// <summary>What a search result is: a platform, a document or a provision of a document's latest version.</summary>
public enum SearchKind
{
    Platform,
    Document,
    Provision,
}

/// <summary>
/// One search result: what it is, where it belongs (platform slug, document type and provision id, as far as they
/// apply), its title and heading path, and for a provision a snippet with the matched words between
/// <see cref="MarkStart"/> and <see cref="MarkEnd"/>.
/// </summary>
public sealed record SearchHit(SearchKind Kind, string PlatformSlug, string? TypeId, string? ProvisionId, string Title, string Headings, string Snippet)
{
    /// <summary>Marks a highlighted run in <see cref="Snippet"/>: control characters that the indexed text never holds.</summary>
    public const char MarkStart = '\u0002';

    public const char MarkEnd = '\u0003';

    /// <summary>The snippet as runs of text, each highlighted or not, for a page to encode and mark up.</summary>
    public IReadOnlyList<(string Text, bool Highlighted)> SnippetRuns()
    {
        var runs = new List<(string, bool)>();
        var highlighted = false;
        var start = 0;
        for (var i = 0; i <= Snippet.Length; i++)
        {
            if (i < Snippet.Length && Snippet[i] != MarkStart && Snippet[i] != MarkEnd)
                continue;
            if (i > start)
                runs.Add((Snippet[start..i], highlighted));
            if (i < Snippet.Length)
                highlighted = Snippet[i] == MarkStart;
            start = i + 1;
        }
        return runs;
    }
}

/// <summary>One page of results of one kind, with how many there are in all.</summary>
public sealed record SearchHits(IReadOnlyList<SearchHit> Hits, int Total);

/// <summary>A row to index: what it is, its source (what rebuilds it), where it links to, and its weighted fields.</summary>
public sealed record SearchEntry(SearchKind Kind, string PlatformSlug, string? TypeId, string? ProvisionId, string Title, string Headings, string Body);

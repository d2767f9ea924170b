namespace Clauseline.Search;

/// <summary>One part of a search: a word, or words that must appear together in order (a phrase), or one to leave out.</summary>
public sealed record SearchTerm(IReadOnlyList<string> Words, bool Excluded)
{
    /// <summary>The term as one double-quoted string: an FTS5 phrase and, for <c>websearch_to_tsquery</c>, a phrase or a word.</summary>
    public string Quoted => $"\"{string.Join(' ', Words)}\"";
}

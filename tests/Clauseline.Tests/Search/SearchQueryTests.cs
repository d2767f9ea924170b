using Clauseline.Search;

namespace Clauseline.Tests.Search;

/// <summary>What a visitor types becomes words, phrases and exclusions that neither database can misread.</summary>
public sealed class SearchQueryTests
{
    [Fact]
    public void Words_phrases_and_exclusions_are_kept_apart()
    {
        var (query, problem) = SearchQuery.Parse("termination \"written notice\" -fees");

        Assert.Null(problem);
        Assert.Equal("(\"termination\" \"written notice\") NOT \"fees\"", query!.ToFts5());
        Assert.Equal("termination \"written notice\" -fees", query.ToWebSearch());
    }

    [Theory]
    [InlineData("fees* OR NEAR(a b) col:x", "(\"fees\" \"OR\" \"NEAR a\" \"b\" \"col x\")")]
    [InlineData("'; DROP TABLE versions; --", "(\"DROP\" \"TABLE\" \"versions\")")]
    [InlineData("\"unbalanced quote", "(\"unbalanced quote\")")]
    [InlineData("e-mail can't", "(\"e mail\" \"can t\")")]
    public void Operators_and_punctuation_are_only_separators(string input, string fts5)
    {
        var (query, _) = SearchQuery.Parse(input);

        Assert.Equal(fts5, query!.ToFts5());
    }

    [Theory]
    [InlineData("", "Type a word or two")]
    [InlineData("   ", "Type a word or two")]
    [InlineData("*** ^^^ \"\"", "has no words in it")]
    [InlineData("-fees -notice", "not only what to leave out")]
    [InlineData("a b c d e f g h i j k l m", "use at most 12")]
    public void A_query_without_anything_to_find_says_why(string input, string message)
    {
        var (query, problem) = SearchQuery.Parse(input);

        Assert.Null(query);
        Assert.Contains(message, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_very_long_query_is_refused_with_its_length()
    {
        var (query, problem) = SearchQuery.Parse(new string('a', 5000));

        Assert.Null(query);
        Assert.Equal("That search is 5000 characters long; keep it to 200.", problem);
    }

    [Fact]
    public void A_snippet_splits_into_highlighted_and_plain_runs()
    {
        var hit = new SearchHit(SearchKind.Provision, "p", "t", "p1", "", "", "with 30 \u0002days\u0003 of \u0002notice\u0003");

        Assert.Equal([("with 30 ", false), ("days", true), (" of ", false), ("notice", true)], hit.SnippetRuns());
    }
}

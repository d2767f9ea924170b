using System.Text;

namespace Clauseline.Search;

/// <summary>
/// What a visitor typed, reduced to words made only of letters and digits: plain words, "quoted phrases" and
/// -excluded words. Everything else (operators, brackets, stray quotes, SQL) is punctuation and splits words, so
/// the query handed to either database is always one it accepts. Problems are values, for the page to show.
/// </summary>
public sealed record SearchQuery(IReadOnlyList<SearchTerm> Terms)
{
    public const int MaxLength = 200;
    public const int MaxTerms = 12;

    /// <summary>The query, or the reason there is none.</summary>
    public static (SearchQuery? Query, string? Problem) Parse(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
            return (null, "Type a word or two to search for.");
        if (input.Length > MaxLength)
            return (null, $"That search is {input.Length} characters long; keep it to {MaxLength}.");
        var terms = new List<SearchTerm>();
        var i = 0;
        while (i < input.Length)
        {
            var c = input[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            var excluded = c == '-' && i + 1 < input.Length && !char.IsWhiteSpace(input[i + 1]);
            if (excluded)
                i++;
            string part;
            if (i < input.Length && input[i] == '"')
            {
                var end = input.IndexOf('"', i + 1);
                part = end < 0 ? input[(i + 1)..] : input[(i + 1)..end];
                i = end < 0 ? input.Length : end + 1;
            }
            else
            {
                var start = i;
                while (i < input.Length && !char.IsWhiteSpace(input[i]) && input[i] != '"')
                    i++;
                part = input[start..i];
            }
            // "e-mail" and "can't" become phrases of their pieces, which is how both databases read them too.
            var words = Words(part);
            if (words.Count > 0)
                terms.Add(new SearchTerm(words, excluded));
        }
        if (terms.Count == 0)
            return (null, "That search has no words in it: use letters or digits.");
        if (terms.Count > MaxTerms)
            return (null, $"That search has {terms.Count} words or phrases; use at most {MaxTerms}.");
        if (terms.All(t => t.Excluded))
            return (null, "Say what to look for, not only what to leave out.");
        return (new SearchQuery(terms), null);
    }

    /// <summary>For SQLite's FTS5: every included term (a quoted string is a phrase), then <c>NOT</c> each excluded one.</summary>
    public string ToFts5()
    {
        var included = string.Join(' ', Terms.Where(t => !t.Excluded).Select(t => t.Quoted));
        var excluded = Terms.Where(t => t.Excluded).Select(t => $" NOT {t.Quoted}");
        return $"({included}){string.Concat(excluded)}";
    }

    /// <summary>For PostgreSQL's <c>websearch_to_tsquery</c>, which reads the same syntax.</summary>
    public string ToWebSearch() => string.Join(' ', Terms.Select(t => (t.Excluded ? "-" : "") + (t.Words.Count == 1 ? t.Words[0] : t.Quoted)));

    public override string ToString() => ToWebSearch();

    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
            }
            else if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }
        if (word.Length > 0)
            words.Add(word.ToString());
        return words;
    }
}

using System.Text;
using Clauseline.Analysis;

namespace Clauseline.Tests.Analysis;

/// <summary>The shipped taxonomy and regulatory knowledge base, and the errors a malformed data file gets.</summary>
public sealed class TaxonomyTests
{
    private static readonly string[] FixedIds =
    [
        "limitation-of-liability", "unilateral-termination", "unilateral-change", "content-removal",
        "contract-by-using", "choice-of-law", "jurisdiction", "arbitration",
    ];

    [Fact]
    public void Shipped_taxonomy_has_at_least_35_categories_in_the_eleven_groups_with_the_fixed_ids()
    {
        var taxonomy = Taxonomy.Default;
        Assert.True(taxonomy.Categories.Count >= 35, $"{taxonomy.Categories.Count} categories");
        Assert.Equal(
            ["account-security", "liability", "disputes", "changes", "termination", "content-ip", "formation", "data", "payment", "compliance", "service"],
            taxonomy.Groups.Select(g => g.Id));
        foreach (var id in FixedIds)
            Assert.NotNull(taxonomy.Find(id));
        Assert.Equal(taxonomy.Categories.Count, taxonomy.Categories.Select(c => c.Id).Distinct().Count());
    }

    [Fact]
    public void Every_category_has_a_description_regulations_or_a_reason_and_signals()
    {
        foreach (var c in Taxonomy.Default.Categories)
        {
            Assert.True(c.Description.Length > 150, $"{c.Id}: description of {c.Description.Length} characters");
            Assert.True(c.Signals.Count >= 3, $"{c.Id}: {c.Signals.Count} signals");
            Assert.All(c.Regulations, r => Assert.False(string.IsNullOrWhiteSpace(r.How)));
        }
        // Export control is the one category the knowledge base has no regulation for (export law is not in it).
        Assert.All(Taxonomy.Default.Categories.Where(c => c.Id != "export-control"), c => Assert.NotEmpty(c.Regulations));
    }

    [Fact]
    public void Knowledge_base_has_the_named_regulations_and_gdpr_articles_and_every_link_resolves()
    {
        var regulations = RegulationBase.Default;
        foreach (var id in new[] { "gdpr", "uk-gdpr", "ccpa", "hipaa", "ftc-act", "ftc-safeguards", "glba", "uctd", "dsa", "data-act", "ai-act", "ca-arl", "faa" })
        {
            var r = regulations.Find(id);
            Assert.NotNull(r);
            Assert.False(string.IsNullOrWhiteSpace(r.Citation));
            Assert.NotEmpty(r.Jurisdictions);
        }
        var gdpr = regulations.Find("gdpr")!;
        foreach (var article in new[] { "Art. 5", "Art. 6", "Art. 17", "Art. 28", "Art. 32", "Art. 33", "Art. 34", "Art. 82" })
            Assert.NotNull(gdpr.Article(article));
        Assert.NotNull(regulations.Find("dsa")!.Article("Art. 14"));
        regulations.CheckLinks(Taxonomy.Default);
        foreach (var c in Taxonomy.Default.Categories)
        {
            foreach (var link in c.Regulations)
            {
                var regulation = regulations.Find(link.Id)!;
                Assert.All(link.Articles, a => Assert.True(regulation.Article(a) is not null, $"{c.Id} cites {link.Id} {a}, which the knowledge base does not describe"));
            }
        }
    }

    [Theory]
    [InlineData("""{"version":"1","groups":[{"id":"g","name":"G","categories":[{"id":"a","name":"A","description":"d","default_exposure":"severe"}]}]}""", "not an exposure level")]
    [InlineData("""{"version":"1","groups":[{"id":"g","name":"G","categories":[{"id":"a","name":"A","description":"d","default_exposure":"low","signals":[{"pattern":"(unclosed","weight":0.5,"explains":"x"}]}]}]}""", "not a valid regular expression")]
    [InlineData("""{"version":"1","groups":[{"id":"g","name":"G","categories":[{"id":"a","name":"A","description":"d","default_exposure":"low"},{"id":"a","name":"B","description":"d","default_exposure":"low"}]}]}""", "twice")]
    [InlineData("""{"version":"1","groups":[{"id":"g","name":"G","categories":[{"id":"a","name":"A","description":"d","default_exposure":"low","related":["nowhere"]}]}]}""", "does not have")]
    [InlineData("""{"version":"1","groups":[{"id":"g","name":"G","categories":[{"id":"a","name":"A","description":"d","default_exposure":"low","signals":[{"pattern":"x","weight":1.5,"explains":"x"}]}]}]}""", "weights lie in")]
    public void A_malformed_taxonomy_file_is_refused_with_the_reason(string json, string reason)
    {
        var e = Assert.Throws<InvalidDataException>(() => Taxonomy.Load(new MemoryStream(Encoding.UTF8.GetBytes(json))));
        Assert.Contains(reason, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Signals_with_lookarounds_still_match_and_the_rest_run_in_linear_time()
    {
        var taxonomy = Taxonomy.Load(new MemoryStream(Encoding.UTF8.GetBytes("""
            {"version":"1","groups":[{"id":"g","name":"G","categories":[{"id":"a","name":"A","description":"d","default_exposure":"low","signals":[
              {"pattern":"\\b(?<!you\\s)may\\s+terminate\\b","weight":0.5,"explains":"provider may terminate"},
              {"pattern":"(?:\\W+\\w+){0,8}?\\W+account","weight":0.5,"explains":"mentions an account"}]}]}]}
            """)));
        var signals = taxonomy.Categories[0].Signals;
        Assert.Matches(signals[0].Pattern, "We may terminate the plan.");
        Assert.DoesNotMatch(signals[0].Pattern, "you may terminate the plan.");
        Assert.True((signals[1].Pattern.Options & System.Text.RegularExpressions.RegexOptions.NonBacktracking) != 0);
        Assert.Matches(signals[1].Pattern, string.Concat(Enumerable.Repeat("word, ", 5000)) + "the account");
    }

    [Fact]
    public void Every_match_of_a_signal_holds_one_of_its_anchors()
    {
        // The anchors let the classifier skip a signal's pattern; they must never skip a sentence the pattern matches.
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Clauseline.slnx")))
            root = root.Parent;
        Assert.NotNull(root);
        var texts = Directory.GetFiles(Path.Combine(root.FullName, "labelled", "own"), "*.jsonl")
            .SelectMany(File.ReadLines)
            .Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("text").GetString()!)
            .ToList();
        Assert.True(texts.Count > 1500);
        var signals = Taxonomy.Default.Categories.SelectMany(c => c.Signals).ToList();
        Assert.True(signals.Count(s => s.Anchors.Count > 0) > signals.Count * 9 / 10, "most signals have anchors");
        var matched = 0;
        foreach (var signal in signals)
        {
            foreach (var text in texts)
            {
                if (signal.Match(text).Success)
                {
                    matched++;
                    Assert.True(signal.MayMatch(text.ToLowerInvariant()), $"{signal.Id} matches \"{text}\" but none of its anchors ({string.Join(", ", signal.Anchors)}) is in it");
                }
            }
        }
        Assert.True(matched > 1000, $"{matched} matches");
    }
}

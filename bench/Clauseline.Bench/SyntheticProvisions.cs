using System.Globalization;
using System.Text;
using Clauseline.Analysis.Comparison;

namespace Clauseline.Bench;

/// <summary>
/// Invented provisions for the similarity benchmark: sentences of clause templates whose slots are filled from a
/// vocabulary of about 3,800 legal-sounding words (prefix, root and suffix, drawn with a Zipf-like skew so a few are
/// common and most rare), from words typical of the provision's category, and from the platform's name. Each has 20
/// to 80 words. A seeded <see cref="Random"/> makes the same provisions on every run.
/// </summary>
public static class SyntheticProvisions
{
    public const int Platforms = 200;

    private static readonly string[] Prefixes = ["", "sub", "re", "non", "co", "inter", "pre", "counter"];

    private static readonly string[] Roots =
    [
        "licens", "indemn", "warrant", "termin", "oblig", "assign", "notif", "disclos", "process", "retain", "arbitr",
        "govern", "juris", "liabil", "remed", "suspend", "renew", "charg", "invoic", "refund", "transfer", "consent",
        "restrict", "perform", "deliver", "accept", "certif", "audit", "comply", "secur", "encrypt", "subscrib", "account",
        "permit", "waiv", "sever", "enforc", "represent", "insur", "settl", "mediat", "appeal", "export", "sanction",
        "confident", "proprie", "infring", "moderat", "publish", "collect", "anonym", "portabl", "verif", "escalat",
        "compens", "forfeit", "benefici", "delegat", "contract", "stipul",
    ];

    private static readonly string[] Suffixes = ["ation", "ment", "ity", "ee", "or", "ance", "able", "ing"];

    private static readonly string[] Modals = ["shall", "may", "must", "will", "will not", "shall not", "may not"];

    private static readonly string[] Templates =
    [
        "{P} {M} {W} any {T} {T} arising out of or relating to the {W} {T}",
        "the {T} {M} be {W} in accordance with the {W} {T} and the {T} {W}",
        "you {M} {W} the {T} within {N} days of {W} notice to {P}",
        "except as {W} by {T} law neither party {M} {W} the {T} {W}",
        "to the extent {W} by applicable law {P} {M} {W} {T} {T} for {W} {T}",
        "subject to section {N} the {T} of {W} {T} {M} {W} {W}",
        "in no event {M} {P} be {W} for {W} {T} or {T} {W}",
        "all {T} {W} {M} remain {W} until the {T} {W} is {W}",
        "{P} and its {W} {M} {T} your {W} {T} if you {W} these terms",
        "any {T} under this agreement {M} be {W} by {W} {T} of the {T} {W} {W}",
    ];

    private static readonly string[] Vocabulary = BuildVocabulary();

    /// <summary>The category name of number <paramref name="category"/>.</summary>
    public static string Category(int category) => string.Create(CultureInfo.InvariantCulture, $"category-{category:00}");

    /// <summary>
    /// <paramref name="count"/> provisions from <see cref="Platforms"/> platforms, each in one of
    /// <paramref name="categories"/> categories, or all in <paramref name="onlyCategory"/> when it is given.
    /// </summary>
    public static IndexedProvision[] Generate(int count, int categories, string? onlyCategory = null)
    {
        var random = new Random(20261126);
        var topics = TopicWords(categories);
        var provisions = new IndexedProvision[count];
        for (var i = 0; i < count; i++)
        {
            var platform = random.Next(Platforms);
            var category = random.Next(categories);
            var slug = string.Create(CultureInfo.InvariantCulture, $"platform-{platform:000}");
            var text = Text(random, topics[category], PlatformName(platform), random.Next(20, 81));
            provisions[i] = new IndexedProvision(
                string.Create(CultureInfo.InvariantCulture, $"{slug}/terms/p{i}"), slug, PlatformName(platform), "terms-of-service",
                "Terms of Service", string.Create(CultureInfo.InvariantCulture, $"p{i}"), text, [onlyCategory ?? Category(category)]);
        }
        return provisions;
    }

    /// <summary>A provision of <paramref name="category"/> that is not in the index: the text a query compares.</summary>
    public static string Query(int categories, int category, int words) =>
        Text(new Random(7), TopicWords(categories)[category], PlatformName(0), words);

    private static string Text(Random random, string[] topic, string platform, int words)
    {
        var text = new StringBuilder();
        var written = 0;
        while (written < words)
        {
            var template = Templates[random.Next(Templates.Length)].Split(' ');
            for (var t = 0; t < template.Length && written < words; t++)
            {
                var word = template[t] switch
                {
                    "{P}" => platform,
                    "{M}" => Modals[random.Next(Modals.Length)],
                    "{T}" => topic[random.Next(topic.Length)],
                    "{W}" => Vocabulary[Skewed(random, Vocabulary.Length)],
                    "{N}" => (random.Next(1, 13) * 5).ToString(CultureInfo.InvariantCulture),
                    var plain => plain,
                };
                if (text.Length > 0)
                    text.Append(' ');
                text.Append(t == 0 ? char.ToUpperInvariant(word[0]) + word[1..] : word);
                written += word.Count(c => c == ' ') + 1;
            }
            text.Append('.');
        }
        return text.ToString();
    }

    /// <summary>Twenty-five words typical of each category, drawn from the less common part of the vocabulary.</summary>
    private static string[][] TopicWords(int categories)
    {
        var random = new Random(40);
        var topics = new string[categories][];
        for (var c = 0; c < categories; c++)
            topics[c] = [.. Enumerable.Range(0, 25).Select(_ => Vocabulary[random.Next(200, Vocabulary.Length)])];
        return topics;
    }

    private static string PlatformName(int platform) =>
        string.Concat(Roots[platform % Roots.Length], Suffixes[platform / Roots.Length % Suffixes.Length], "ly");

    /// <summary>An index from 0 to <paramref name="count"/> - 1, low ones far more often (roughly Zipf's law).</summary>
    private static int Skewed(Random random, int count) => (int)Math.Min(count - 1, Math.Exp(random.NextDouble() * Math.Log(count + 1)) - 1);

    private static string[] BuildVocabulary()
    {
        var words = new List<string>();
        foreach (var root in Roots)
        {
            foreach (var prefix in Prefixes)
            {
                foreach (var suffix in Suffixes)
                    words.Add(prefix + root + suffix);
            }
        }
        // Shuffle so that the common words are not all of one root.
        var random = new Random(3);
        var vocabulary = words.Distinct(StringComparer.Ordinal).ToArray();
        random.Shuffle(vocabulary);
        return vocabulary;
    }
}

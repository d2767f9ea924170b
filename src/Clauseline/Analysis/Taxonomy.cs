using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace Clauseline.Analysis;

/// <summary>
/// The governance taxonomy: groups of categories, each with its description, default exposure, the regulations it
/// touches and the phrase signals that point to it. Read from the versioned data file <c>Analysis/Data/taxonomy.json</c>.
/// </summary>
public sealed class Taxonomy
{
    private static readonly Lazy<Taxonomy> Shipped = new(() => Load(Embedded.Open("taxonomy.json")));

    private readonly Dictionary<string, Category> _byId;

    private Taxonomy(string version, IReadOnlyList<CategoryGroup> groups)
    {
        Version = version;
        Groups = groups;
        Categories = [.. groups.SelectMany(g => g.Categories)];
        _byId = Categories.ToDictionary(c => c.Id, StringComparer.Ordinal);
    }

    /// <summary>The taxonomy shipped with the library.</summary>
    public static Taxonomy Default => Shipped.Value;

    public string Version { get; }

    public IReadOnlyList<CategoryGroup> Groups { get; }

    public IReadOnlyList<Category> Categories { get; }

    public Category? Find(string id) => _byId.GetValueOrDefault(id);

    public Category Get(string id) => Find(id) ?? throw new KeyNotFoundException($"The taxonomy has no category '{id}'.");

    public static Taxonomy Load(Stream stream)
    {
        var file = JsonSerializer.Deserialize(stream, AnalysisJson.Default.TaxonomyFileJson)
            ?? throw new InvalidDataException("The taxonomy file is empty.");
        var groups = new List<CategoryGroup>();
        foreach (var g in file.Groups)
        {
            var categories = g.Categories.Select(c => new Category(
                c.Id, g.Id, c.Name, c.Description, ExposureLevels.Parse(c.DefaultExposure),
                [.. (c.Regulations ?? []).Select(r => new RegulationLink(r.Id, r.Articles ?? [], r.How))],
                [.. (c.Related ?? [])],
                [.. (c.Signals ?? []).Select((s, i) => Signal.Create($"{c.Id}#{i}", s.Pattern, s.Weight, s.Explains, s.Anchors ?? []))])).ToList();
            groups.Add(new CategoryGroup(g.Id, g.Name, categories));
        }
        var duplicate = groups.SelectMany(g => g.Categories).GroupBy(c => c.Id).FirstOrDefault(d => d.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidDataException($"The taxonomy names category '{duplicate.Key}' twice.");
        }
        var taxonomy = new Taxonomy(file.Version, groups);
        foreach (var c in taxonomy.Categories)
        {
            foreach (var related in c.Related.Where(r => taxonomy.Find(r) is null))
            {
                throw new InvalidDataException($"Category '{c.Id}' relates to '{related}', which the taxonomy does not have.");
            }
        }
        return taxonomy;
    }
}

public sealed record CategoryGroup(string Id, string Name, IReadOnlyList<Category> Categories);

/// <summary>A node of the taxonomy.</summary>
public sealed record Category(
    string Id,
    string Group,
    string Name,
    string Description,
    ExposureLevel DefaultExposure,
    IReadOnlyList<RegulationLink> Regulations,
    IReadOnlyList<string> Related,
    IReadOnlyList<Signal> Signals);

/// <summary>How a category bears on one regulation of the knowledge base: which articles, and how.</summary>
public sealed record RegulationLink(string Id, IReadOnlyList<string> Articles, string How);

/// <summary>
/// A phrase or pattern that points to a category, with how strongly (0 to 1) and what it shows. Every match of the
/// pattern contains one of its <see cref="Anchors"/> (none: no such word is known), so a sentence without any of
/// them is not searched; <c>tools/signal-anchors.py</c> derives them from the pattern's syntax. The pattern is
/// checked when the taxonomy is read and compiled the first time a sentence needs it: building the
/// non-backtracking automata of all 246 signals up front costs seconds and hundreds of megabytes.
/// </summary>
public sealed class Signal
{
    private readonly Lazy<Regex> _pattern;

    private Signal(string id, string source, double weight, string explains, IReadOnlyList<string> anchors)
    {
        Id = id;
        Source = source;
        Weight = weight;
        Explains = explains;
        Anchors = anchors;
        _pattern = new Lazy<Regex>(() => SafeRegex.Create(source));
    }

    public string Id { get; }

    /// <summary>The pattern as written in the taxonomy.</summary>
    public string Source { get; }

    public double Weight { get; }

    public string Explains { get; }

    public IReadOnlyList<string> Anchors { get; }

    public Regex Pattern => _pattern.Value;

    /// <summary>
    /// Whether the pattern could match: true when the text holds one of the anchors, or when there are none.
    /// <paramref name="lowered"/> is the text in lower case (<see cref="string.ToLowerInvariant()"/>), as anchors are.
    /// </summary>
    public bool MayMatch(string lowered)
    {
        if (Anchors.Count == 0)
        {
            return true;
        }
        foreach (var anchor in Anchors)
        {
            if (lowered.Contains(anchor, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The pattern's first match in <paramref name="text"/> (an unsuccessful one when it timed out).</summary>
    public Match Match(string text) => Pattern.MatchOrNone(text);

    public static Signal Create(string id, string pattern, double weight, string explains, IReadOnlyList<string>? anchors = null)
    {
        if (weight is <= 0 or > 1)
        {
            throw new InvalidDataException($"Signal {id} has weight {weight}; weights lie in (0, 1].");
        }
        try
        {
            // Parsing alone (the interpreter builds nothing more) refuses a malformed pattern now, with its reason.
            _ = new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        }
        catch (ArgumentException e)
        {
            throw new InvalidDataException($"Signal {id} has a pattern that is not a valid regular expression: {e.Message}", e);
        }
        return new Signal(id, pattern, weight, explains, anchors ?? []);
    }
}

internal sealed record TaxonomyFileJson(
    [property: JsonPropertyName("version")] string Version,
    [property: JsonPropertyName("groups")] IReadOnlyList<GroupJson> Groups);

internal sealed record GroupJson(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("categories")] IReadOnlyList<CategoryJson> Categories);

internal sealed record CategoryJson(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("description")] string Description,
    [property: JsonPropertyName("default_exposure")] string DefaultExposure,
    [property: JsonPropertyName("regulations")] IReadOnlyList<RegulationLinkJson>? Regulations,
    [property: JsonPropertyName("related")] IReadOnlyList<string>? Related,
    [property: JsonPropertyName("signals")] IReadOnlyList<SignalJson>? Signals);

internal sealed record RegulationLinkJson(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("articles")] IReadOnlyList<string>? Articles,
    [property: JsonPropertyName("how")] string How);

internal sealed record SignalJson(
    [property: JsonPropertyName("pattern")] string Pattern,
    [property: JsonPropertyName("weight")] double Weight,
    [property: JsonPropertyName("explains")] string Explains,
    [property: JsonPropertyName("anchors")] IReadOnlyList<string>? Anchors);

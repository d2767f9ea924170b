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
                [.. (c.Signals ?? []).Select((s, i) => Signal.Create($"{c.Id}#{i}", s.Pattern, s.Weight, s.Explains))])).ToList();
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

/// <summary>A phrase or pattern that points to a category, with how strongly (0 to 1) and what it shows.</summary>
public sealed record Signal(string Id, Regex Pattern, double Weight, string Explains)
{
    public static Signal Create(string id, string pattern, double weight, string explains)
    {
        if (weight is <= 0 or > 1)
        {
            throw new InvalidDataException($"Signal {id} has weight {weight}; weights lie in (0, 1].");
        }
        try
        {
            return new Signal(id, SafeRegex.Create(pattern), weight, explains);
        }
        catch (ArgumentException e)
        {
            throw new InvalidDataException($"Signal {id} has a pattern that is not a valid regular expression: {e.Message}", e);
        }
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
    [property: JsonPropertyName("explains")] string Explains);

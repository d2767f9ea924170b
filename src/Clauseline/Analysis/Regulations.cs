using System.Text.Json;
using System.Text.Json.Serialization;

namespace Clauseline.Analysis;

/// <summary>
/// The regulatory knowledge base, in our own words: each regulation with its citation, jurisdictions, whom it
/// applies to, what it obliges, article by article where articles matter, and how it is enforced. Read from the
/// versioned data file <c>Analysis/Data/regulations.json</c>.
/// </summary>
public sealed class RegulationBase
{
    private static readonly Lazy<RegulationBase> Shipped = new(() => Load(Embedded.Open("regulations.json")));

    private readonly Dictionary<string, Regulation> _byId;

    private RegulationBase(string version, IReadOnlyList<Regulation> regulations)
    {
        Version = version;
        All = regulations;
        _byId = regulations.ToDictionary(r => r.Id, StringComparer.Ordinal);
    }

    public static RegulationBase Default => Shipped.Value;

    public string Version { get; }

    public IReadOnlyList<Regulation> All { get; }

    public Regulation? Find(string id) => _byId.GetValueOrDefault(id);

    public static RegulationBase Load(Stream stream)
    {
        var file = JsonSerializer.Deserialize(stream, AnalysisJson.Default.RegulationFileJson)
            ?? throw new InvalidDataException("The regulations file is empty.");
        var regulations = file.Regulations.Select(r => new Regulation(
            r.Id, r.Name, r.ShortName ?? r.Name, r.Citation, r.Jurisdictions, r.AppliesTo, r.Summary, r.Enforcement,
            [.. (r.Provisions ?? []).Select(p => new RegulationArticle(p.Ref, p.Title, p.Obliges))])).ToList();
        var duplicate = regulations.GroupBy(r => r.Id).FirstOrDefault(d => d.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidDataException($"The regulations file names '{duplicate.Key}' twice.");
        }
        return new RegulationBase(file.Version, regulations);
    }

    /// <summary>Checks that every regulation a category names is in this base.</summary>
    public void CheckLinks(Taxonomy taxonomy)
    {
        foreach (var c in taxonomy.Categories)
        {
            foreach (var link in c.Regulations.Where(l => Find(l.Id) is null))
            {
                throw new InvalidDataException($"Category '{c.Id}' names regulation '{link.Id}', which the knowledge base does not have.");
            }
        }
    }
}

/// <summary>
/// One regulation. <see cref="Jurisdictions"/> uses the codes of profiles: <c>eu</c> (EU/EEA), <c>uk</c>, <c>us</c>
/// (federal), <c>us-ca</c> (California).
/// </summary>
public sealed record Regulation(
    string Id,
    string Name,
    string ShortName,
    string Citation,
    IReadOnlyList<string> Jurisdictions,
    string AppliesTo,
    string Summary,
    string Enforcement,
    IReadOnlyList<RegulationArticle> Articles)
{
    public RegulationArticle? Article(string reference) =>
        Articles.FirstOrDefault(a => string.Equals(a.Ref, reference, StringComparison.OrdinalIgnoreCase));
}

/// <summary>One article or section of a regulation and what it obliges, in our own words.</summary>
public sealed record RegulationArticle(string Ref, string Title, string Obliges);

internal sealed record RegulationFileJson(
    [property: JsonPropertyName("version")] string Version,
    [property: JsonPropertyName("regulations")] IReadOnlyList<RegulationJson> Regulations);

internal sealed record RegulationJson(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("short_name")] string? ShortName,
    [property: JsonPropertyName("citation")] string Citation,
    [property: JsonPropertyName("jurisdictions")] IReadOnlyList<string> Jurisdictions,
    [property: JsonPropertyName("applies_to")] string AppliesTo,
    [property: JsonPropertyName("summary")] string Summary,
    [property: JsonPropertyName("enforcement")] string Enforcement,
    [property: JsonPropertyName("provisions")] IReadOnlyList<RegulationArticleJson>? Provisions);

internal sealed record RegulationArticleJson(
    [property: JsonPropertyName("ref")] string Ref,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("obliges")] string Obliges);

[JsonSourceGenerationOptions(ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true)]
[JsonSerializable(typeof(TaxonomyFileJson))]
[JsonSerializable(typeof(RegulationFileJson))]
internal sealed partial class AnalysisJson : JsonSerializerContext;

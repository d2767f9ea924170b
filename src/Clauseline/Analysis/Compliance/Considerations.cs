using System.Text.Json;
using System.Text.Json.Serialization;

namespace Clauseline.Analysis.Compliance;

/// <summary>
/// The prose the compliance analysis composes from, in our own words, read from the versioned data file
/// <c>Analysis/Data/considerations.json</c>: per category the plain-reading templates, the contract implication, the
/// due-diligence considerations, how it bears on a related clause and which other documents of a platform bear on
/// it; per wording and profile rule of the exposure rules, an implication and a consideration; and the phrases
/// that join them. Templates name slots in braces (<c>{party}</c>, <c>{days}</c>, <c>{cap}</c>, …).
/// </summary>
public sealed class Considerations
{
    private static readonly Lazy<Considerations> Shipped = new(() => Load(Embedded.Open("considerations.json")));

    private Considerations(ConsiderationsFileJson file)
    {
        Version = file.Version;
        Notice = file.Notice;
        Phrases = file.Phrases;
        Jurisdictions = file.Jurisdictions;
        Scopes = file.RegulationScope;
        Movers = file.Movers;
        Categories = file.Categories;
        Wording = file.Wording;
        Profile = file.Profile;
    }

    public static Considerations Default => Shipped.Value;

    public string Version { get; }

    /// <summary>The sentence every analysis carries: it describes the document and is not legal advice.</summary>
    public string Notice { get; }

    public IReadOnlyDictionary<string, string> Phrases { get; }

    /// <summary>The reader's name of each jurisdiction code (<c>eu</c>, <c>uk</c>, <c>us</c>, <c>us-ca</c>).</summary>
    public IReadOnlyDictionary<string, string> Jurisdictions { get; }

    /// <summary>Regulations that reach only some audiences or sectors, by regulation id.</summary>
    public IReadOnlyDictionary<string, RegulationScope> Scopes { get; }

    /// <summary>What a reader would state to settle a range, by profile field ("security.mfa_enforced").</summary>
    public IReadOnlyDictionary<string, string> Movers { get; }

    public IReadOnlyDictionary<string, CategoryProse> Categories { get; }

    public IReadOnlyDictionary<string, DriverProse> Wording { get; }

    public IReadOnlyDictionary<string, DriverProse> Profile { get; }

    public string Phrase(string key) =>
        Phrases.TryGetValue(key, out var phrase) ? phrase : throw new KeyNotFoundException($"considerations.json has no phrase '{key}'.");

    public static Considerations Load(Stream stream)
    {
        var file = JsonSerializer.Deserialize(stream, ConsiderationsJson.Default.ConsiderationsFileJson)
            ?? throw new InvalidDataException("The considerations file is empty.");
        return new Considerations(file);
    }

    /// <summary>
    /// The gaps between this file and the taxonomy and exposure rules it serves: categories without a reading or with
    /// fewer than two considerations, and rule ids without prose. Empty when the file covers them all.
    /// </summary>
    public IReadOnlyList<string> Gaps(Taxonomy taxonomy, Exposure.ExposureRules rules)
    {
        var gaps = new List<string>();
        foreach (var c in taxonomy.Categories)
        {
            if (!Categories.TryGetValue(c.Id, out var prose))
            {
                gaps.Add($"category {c.Id} has no entry");
            }
            else if (prose.States.Count == 0 || prose.Means.Count == 0 || prose.Considerations.Count(t => !Template.HasSlots(t)) < 2)
            {
                gaps.Add($"category {c.Id} needs a reading and two considerations without slots");
            }
        }
        gaps.AddRange(rules.Wording.Where(r => !Wording.ContainsKey(r.Id)).Select(r => $"wording rule {r.Id} has no entry"));
        gaps.AddRange(rules.Profile.Where(r => !Profile.ContainsKey(r.Id)).Select(r => $"profile rule {r.Id} has no entry"));
        return gaps;
    }
}

/// <summary>The prose of one category: reading templates (most specific first), implication, considerations, how it bears on a related clause, and the document types that bear on it.</summary>
public sealed record CategoryProse(
    [property: JsonPropertyName("states")] IReadOnlyList<string> States,
    [property: JsonPropertyName("means")] IReadOnlyList<string> Means,
    [property: JsonPropertyName("implication")] string Implication,
    [property: JsonPropertyName("considerations")] IReadOnlyList<string> Considerations,
    [property: JsonPropertyName("bears")] string Bears,
    [property: JsonPropertyName("documents")] IReadOnlyDictionary<string, string> Documents);

/// <summary>The prose of one exposure rule: what it means for the reader (wording rules), the implication for the contract and the consideration it calls for.</summary>
public sealed record DriverProse(
    [property: JsonPropertyName("means")] string? Means,
    [property: JsonPropertyName("implication")] string Implication,
    [property: JsonPropertyName("consideration")] string Consideration);

/// <summary>A regulation that reaches only one audience (<c>consumer</c>) or sector (<c>health</c>, <c>finance</c>), with a note saying so.</summary>
public sealed record RegulationScope(
    [property: JsonPropertyName("audience")] string? Audience,
    [property: JsonPropertyName("sector")] string? Sector,
    [property: JsonPropertyName("note")] string Note);

internal sealed record ConsiderationsFileJson(
    [property: JsonPropertyName("version")] string Version,
    [property: JsonPropertyName("notice")] string Notice,
    [property: JsonPropertyName("phrases")] IReadOnlyDictionary<string, string> Phrases,
    [property: JsonPropertyName("jurisdictions")] IReadOnlyDictionary<string, string> Jurisdictions,
    [property: JsonPropertyName("regulation_scope")] IReadOnlyDictionary<string, RegulationScope> RegulationScope,
    [property: JsonPropertyName("movers")] IReadOnlyDictionary<string, string> Movers,
    [property: JsonPropertyName("categories")] IReadOnlyDictionary<string, CategoryProse> Categories,
    [property: JsonPropertyName("wording")] IReadOnlyDictionary<string, DriverProse> Wording,
    [property: JsonPropertyName("profile")] IReadOnlyDictionary<string, DriverProse> Profile);

[JsonSourceGenerationOptions(ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true)]
[JsonSerializable(typeof(ConsiderationsFileJson))]
internal sealed partial class ConsiderationsJson : JsonSerializerContext;

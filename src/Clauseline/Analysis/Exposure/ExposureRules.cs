using System.Text.Json;
using System.Text.RegularExpressions;

namespace Clauseline.Analysis.Exposure;

/// <summary>
/// What sets an exposure score (0 to 100), as data (<c>Analysis/Data/exposure.json</c>): the score of each
/// category's default level, the wording that raises or lowers it (sole discretion, without notice, fees-paid caps,
/// prior notice, …), the profile facts that raise or lower it for given categories, and the scores from which a
/// provision is Medium and High.
/// </summary>
public sealed class ExposureRules
{
    private static readonly Lazy<ExposureRules> Shipped = new(() => Load(Embedded.Open("exposure.json")));

    public static ExposureRules Default => Shipped.Value;

    public required string Version { get; init; }

    public required int MediumFrom { get; init; }

    public required int HighFrom { get; init; }

    public required IReadOnlyDictionary<ExposureLevel, int> Baseline { get; init; }

    public required IReadOnlyList<WordingRule> Wording { get; init; }

    public required IReadOnlyList<ProfileRule> Profile { get; init; }

    public ExposureLevel LevelOf(int score) =>
        score >= HighFrom ? ExposureLevel.High : score >= MediumFrom ? ExposureLevel.Medium : ExposureLevel.Low;

    public static ExposureRules Load(Stream stream)
    {
        using var json = JsonDocument.Parse(stream, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var root = json.RootElement;
        try
        {
            var baseline = root.GetProperty("baseline");
            return new ExposureRules
            {
                Version = root.GetProperty("version").GetString()!,
                MediumFrom = root.GetProperty("levels").GetProperty("medium_from").GetInt32(),
                HighFrom = root.GetProperty("levels").GetProperty("high_from").GetInt32(),
                Baseline = new Dictionary<ExposureLevel, int>
                {
                    [ExposureLevel.Low] = baseline.GetProperty("low").GetInt32(),
                    [ExposureLevel.Medium] = baseline.GetProperty("medium").GetInt32(),
                    [ExposureLevel.High] = baseline.GetProperty("high").GetInt32(),
                },
                Wording = [.. root.GetProperty("wording").EnumerateArray().Select(WordingRule.Read)],
                Profile = [.. root.GetProperty("profile").EnumerateArray().Select(ProfileRule.Read)],
            };
        }
        catch (Exception e) when (e is KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new InvalidDataException($"The exposure rules are malformed: {e.Message}", e);
        }
    }

    internal static IReadOnlySet<string>? Categories(JsonElement rule) =>
        rule.TryGetProperty("categories", out var c) && c.ValueKind == JsonValueKind.Array
            ? c.EnumerateArray().Select(x => x.GetString()!).ToHashSet(StringComparer.Ordinal)
            : null;
}

/// <summary>Wording that moves the exposure of the given categories (all, when none are named), quoted when it applies.</summary>
public sealed record WordingRule(string Id, Regex Pattern, int Delta, string Description, IReadOnlySet<string>? Categories)
{
    public bool AppliesTo(string category) => Categories?.Contains(category) ?? true;

    internal static WordingRule Read(JsonElement e)
    {
        var id = e.GetProperty("id").GetString()!;
        try
        {
            return new WordingRule(id,
                SafeRegex.Create(e.GetProperty("pattern").GetString()!),
                e.GetProperty("delta").GetInt32(), e.GetProperty("description").GetString()!, ExposureRules.Categories(e));
        }
        catch (ArgumentException x)
        {
            throw new InvalidDataException($"Wording rule {id} has a pattern that is not a valid regular expression: {x.Message}", x);
        }
    }
}

/// <summary>
/// A profile fact that moves the exposure of the given categories: when <see cref="Field"/> has <see cref="Value"/>
/// ("audience" is "consumer", "jurisdiction" includes "eu", "security.mfa_enforced" is false) or, for a count, at
/// least <see cref="AtLeast"/>. <see cref="Unknown"/> names what a reader would have to state ("security posture").
/// </summary>
public sealed record ProfileRule(string Id, string Field, string? Value, int? AtLeast, int Delta, string Description, string Unknown, IReadOnlySet<string>? Categories)
{
    public bool AppliesTo(string category) => Categories?.Contains(category) ?? true;

    internal static ProfileRule Read(JsonElement e)
    {
        var id = e.GetProperty("id").GetString()!;
        var when = e.GetProperty("when");
        var field = when.GetProperty("field").GetString()!;
        if (!ProfileFields.Known.Contains(field))
        {
            throw new InvalidDataException($"Profile rule {id} tests '{field}', which is not a profile field ({string.Join(", ", ProfileFields.Known)}).");
        }
        string? value = when.TryGetProperty("is", out var v) ? v.ValueKind switch
        {
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => v.GetString(),
        } : null;
        int? atLeast = when.TryGetProperty("at_least", out var a) ? a.GetInt32() : null;
        if ((value is null) == (atLeast is null))
        {
            throw new InvalidDataException($"Profile rule {id} must give exactly one of 'is' and 'at_least'.");
        }
        return new ProfileRule(id, field, value, atLeast, e.GetProperty("delta").GetInt32(), e.GetProperty("description").GetString()!,
            e.GetProperty("unknown").GetString()!, ExposureRules.Categories(e));
    }
}

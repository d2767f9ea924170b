using System.Text.Json;

namespace Clauseline.Analysis.Exposure;

/// <summary>The named profiles, as data (<c>Analysis/Data/profiles.json</c>), and the reading of a profile from JSON.</summary>
public static class Profiles
{
    private static readonly Lazy<IReadOnlyList<Profile>> Shipped = new(() =>
    {
        using var stream = Embedded.Open("profiles.json");
        using var json = JsonDocument.Parse(stream);
        return [.. json.RootElement.GetProperty("profiles").EnumerateArray().Select(Read)];
    });

    public static IReadOnlyList<Profile> All => Shipped.Value;

    public static Profile? Find(string id) => All.FirstOrDefault(p => string.Equals(p.Id, id, StringComparison.OrdinalIgnoreCase));

    /// <summary>A named profile, or a JSON file holding one profile object.</summary>
    public static Profile Resolve(string nameOrPath)
    {
        if (Find(nameOrPath) is { } named)
        {
            return named;
        }
        if (File.Exists(nameOrPath))
        {
            try
            {
                using var json = JsonDocument.Parse(File.ReadAllText(nameOrPath));
                return Read(json.RootElement);
            }
            catch (Exception e) when (e is JsonException or InvalidDataException or KeyNotFoundException or InvalidOperationException or FormatException)
            {
                throw new InvalidDataException($"{nameOrPath} is not a valid profile: {e.Message}", e);
            }
        }
        throw new InvalidDataException($"There is no profile '{nameOrPath}'. Known profiles: {string.Join(", ", All.Select(p => p.Id))}; or give the path of a JSON profile.");
    }

    /// <summary>Reads one profile object; every field but <c>id</c> may be left out, meaning unknown.</summary>
    public static Profile Read(JsonElement e)
    {
        string? Text(JsonElement o, string name) => o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        int? Number(JsonElement o, string name) => o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : null;
        bool? Flag(JsonElement o, string name) => o.TryGetProperty(name, out var v) && v.ValueKind is JsonValueKind.True or JsonValueKind.False ? v.GetBoolean() : null;
        var id = Text(e, "id") ?? "custom";
        var audience = Text(e, "audience") switch
        {
            null => (Audience?)null,
            "consumer" => Audience.Consumer,
            "business" => Audience.Business,
            var other => throw new InvalidDataException($"Profile {id}: audience '{other}' is neither 'consumer' nor 'business'."),
        };
        SecurityPosture? security = e.TryGetProperty("security", out var s) && s.ValueKind == JsonValueKind.Object
            ? new SecurityPosture(Flag(s, "mfa_enforced"), Number(s, "privileged_users"), Number(s, "api_keys"), Number(s, "third_party_integrations"), Flag(s, "contractors_with_access"))
            : null;
        IReadOnlyList<string>? jurisdictions = e.TryGetProperty("jurisdictions", out var j) && j.ValueKind == JsonValueKind.Array
            ? [.. j.EnumerateArray().Select(x => x.GetString()!)]
            : null;
        return new Profile(id, Text(e, "name") ?? id, Text(e, "description") ?? "", audience, jurisdictions,
            Text(e, "sector"), Text(e, "role"), Text(e, "size"), security);
    }
}

using System.Text.Json;
using System.Text.Json.Nodes;
using Clauseline.Analysis;
using Clauseline.Analysis.Exposure;

namespace Clauseline.Accounts;

/// <summary>An organisation's profile for exposure ratings, stored as the same JSON a profile file holds (see <see cref="Profiles.Read"/>).</summary>
public static class StoredProfiles
{
    /// <summary>The profile the organisation has set, or null until it sets one (or when the stored one no longer reads).</summary>
    public static Profile? Profile(this Organisation organisation)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        if (string.IsNullOrWhiteSpace(organisation.ProfileJson))
            return null;
        try
        {
            using var json = JsonDocument.Parse(organisation.ProfileJson);
            return Profiles.Read(json.RootElement);
        }
        catch (Exception e) when (e is JsonException or InvalidDataException or InvalidOperationException or FormatException or KeyNotFoundException)
        {
            return null;
        }
    }

    /// <summary>The profile as stored: unknown fields are left out, which is how a profile says "not known".</summary>
    public static string ToJson(Profile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var o = new JsonObject { ["id"] = profile.Id, ["name"] = profile.Name, ["description"] = profile.Description };
        if (profile.Audience is { } audience)
            o["audience"] = audience == Audience.Consumer ? "consumer" : "business";
        if (profile.Jurisdictions is { Count: > 0 } jurisdictions)
            o["jurisdictions"] = new JsonArray([.. jurisdictions.Select(j => (JsonNode?)JsonValue.Create(j))]);
        Add(o, "sector", profile.Sector);
        Add(o, "role", profile.Role);
        Add(o, "size", profile.Size);
        if (profile.Security is { } s)
        {
            var security = new JsonObject();
            Add(security, "mfa_enforced", s.MfaEnforced);
            Add(security, "privileged_users", s.PrivilegedUsers);
            Add(security, "api_keys", s.ApiKeys);
            Add(security, "third_party_integrations", s.ThirdPartyIntegrations);
            Add(security, "contractors_with_access", s.ContractorsWithAccess);
            if (security.Count > 0)
                o["security"] = security;
        }
        return o.ToJsonString();
    }

    private static void Add<T>(JsonObject o, string name, T? value)
    {
        if (value is not null)
            o[name] = JsonValue.Create(value);
    }
}

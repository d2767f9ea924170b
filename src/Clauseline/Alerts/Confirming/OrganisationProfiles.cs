using System.Text.Json;
using Clauseline.Accounts;
using Clauseline.Analysis;
using Clauseline.Analysis.Exposure;

namespace Clauseline.Alerts.Confirming;

/// <summary>The exposure profile of an organisation: the one it stated, or the unknown profile when it stated none (or an unreadable one).</summary>
public static class OrganisationProfiles
{
    public static Profile Of(Organisation organisation)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        if (string.IsNullOrWhiteSpace(organisation.ProfileJson))
            return Profile.Unknown;
        try
        {
            using var json = JsonDocument.Parse(organisation.ProfileJson);
            return Profiles.Read(json.RootElement);
        }
        catch (Exception e) when (e is JsonException or InvalidDataException or InvalidOperationException or FormatException)
        {
            return Profile.Unknown;
        }
    }
}

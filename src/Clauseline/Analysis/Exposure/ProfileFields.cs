using System.Globalization;

namespace Clauseline.Analysis.Exposure;

/// <summary>
/// The fields of a <see cref="Profile"/> that exposure rules test, each read as a string (or <c>null</c> when
/// unknown), and the values an unknown field could take, so that a range can be given.
/// </summary>
public static class ProfileFields
{
    public static IReadOnlyList<string> Known { get; } =
    [
        "audience", "jurisdiction", "sector", "role", "size",
        "security.mfa_enforced", "security.privileged_users", "security.api_keys",
        "security.third_party_integrations", "security.contractors_with_access",
    ];

    /// <summary>The field's value; for "jurisdiction", whether the profile includes <paramref name="value"/>.</summary>
    public static string? Read(Profile profile, string field, string? value) => field switch
    {
        "audience" => profile.Audience?.ToString().ToLowerInvariant(),
        "jurisdiction" => profile.Jurisdictions is null ? null : profile.In(value ?? "") ? value : "other",
        "sector" => profile.Sector,
        "role" => profile.Role,
        "size" => profile.Size,
        "security.mfa_enforced" => Bool(profile.Security?.MfaEnforced),
        "security.privileged_users" => Count(profile.Security?.PrivilegedUsers),
        "security.api_keys" => Count(profile.Security?.ApiKeys),
        "security.third_party_integrations" => Count(profile.Security?.ThirdPartyIntegrations),
        "security.contractors_with_access" => Bool(profile.Security?.ContractorsWithAccess),
        _ => null,
    };

    private static string? Bool(bool? b) => b is null ? null : b.Value ? "true" : "false";

    private static string? Count(int? n) => n?.ToString(CultureInfo.InvariantCulture);
}

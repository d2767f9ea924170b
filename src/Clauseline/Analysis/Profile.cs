namespace Clauseline.Analysis;

/// <summary>
/// Who the subscriber is, as far as exposure depends on it. Every field may be unknown (<c>null</c>): the exposure
/// is then given as a range, with what would move it. Jurisdictions use the codes <c>eu</c> (EU/EEA), <c>uk</c>,
/// <c>us</c> and <c>us-ca</c>; sectors <c>health</c>, <c>finance</c>, <c>public-sector</c>, <c>education</c> and
/// <c>general</c>; roles <c>controller</c> and <c>processor</c>; sizes <c>small</c>, <c>medium</c>, <c>large</c>.
/// </summary>
public sealed record Profile(
    string Id,
    string Name,
    string Description,
    Audience? Audience = null,
    IReadOnlyList<string>? Jurisdictions = null,
    string? Sector = null,
    string? Role = null,
    string? Size = null,
    SecurityPosture? Security = null)
{
    /// <summary>Nothing known: every rating is a range.</summary>
    public static Profile Unknown { get; } = new("unknown", "Unknown profile", "Nothing is known about the subscriber.");

    public bool In(string jurisdiction) => Jurisdictions?.Contains(jurisdiction, StringComparer.Ordinal) == true;
}

public enum Audience
{
    Consumer,
    Business,
}

/// <summary>The subscriber's security posture; each field may be unknown.</summary>
public sealed record SecurityPosture(
    bool? MfaEnforced = null,
    int? PrivilegedUsers = null,
    int? ApiKeys = null,
    int? ThirdPartyIntegrations = null,
    bool? ContractorsWithAccess = null);

namespace Clauseline.Analysis.Compliance;

/// <summary>
/// The compliance analysis of one provision for one profile: a plain reading, then five parts (regulatory
/// landscape, governance exposure, jurisdiction flags, contract implications, compliance considerations), the
/// related provisions of the same document, and the notice that this is not legal advice.
/// </summary>
public sealed record ComplianceAnalysis(
    string ProvisionId,
    PlainReading Reading,
    IReadOnlyList<LandscapeItem> RegulatoryLandscape,
    GovernanceExposure GovernanceExposure,
    IReadOnlyList<JurisdictionFlag> JurisdictionFlags,
    IReadOnlyList<CompliancePoint> ContractImplications,
    IReadOnlyList<CompliancePoint> ComplianceConsiderations,
    IReadOnlyList<RelatedProvision> RelatedProvisions,
    string Notice);

/// <summary>What the provision states and what it means for the customer, in words of our own (never eight consecutive words of the provision).</summary>
public sealed record PlainReading(string States, string MeansForYou);

/// <summary>How far a regulation reaches the profile: it applies, the profile does not say, it is limited to another audience or sector, or it belongs to a jurisdiction the profile does not name.</summary>
public enum Relevance
{
    Applies,
    Unstated,
    OutsideScope,
    OtherJurisdiction,
}

/// <summary>
/// One regulation the provision touches: its citation ("GDPR, Regulation (EU) 2016/679, Art. 28"), how it bears
/// here, and how far it reaches the profile, with a note when it does not.
/// </summary>
public sealed record LandscapeItem(
    string RegulationId,
    string Name,
    string Citation,
    IReadOnlyList<string> Jurisdictions,
    IReadOnlyList<string> Categories,
    string Text,
    Relevance Relevance,
    string? Note);

/// <summary>The exposure of the provision told as sentences: the level and range, the drivers, what would settle a range, and the enforcement risk.</summary>
public sealed record GovernanceExposure(
    ExposureLevel Level,
    string RangeText,
    int Score,
    IReadOnlyList<DriverNote> Drivers,
    IReadOnlyList<string> Movers,
    IReadOnlyList<string> EnforcementRisk);

/// <summary>One exposure driver of one category as a sentence, quoting the provision's words where the driver has a quote.</summary>
public sealed record DriverNote(string CategoryId, DriverKind Kind, string DriverId, int Delta, string Text);

/// <summary>What to watch in one jurisdiction; <see cref="Stated"/> is whether the profile names it.</summary>
public sealed record JurisdictionFlag(string Jurisdiction, string Name, bool Stated, IReadOnlyList<string> Watch, string? Note);

/// <summary>
/// One sentence of the contract implications or the compliance considerations, with where it came from:
/// <c>category:&lt;id&gt;</c>, <c>wording:&lt;rule&gt;</c>, <c>profile:&lt;rule&gt;</c>, <c>document:&lt;type&gt;</c> or <c>record</c>.
/// </summary>
public sealed record CompliancePoint(string Text, string Source);

/// <summary>Another provision of the same document that bears on reading this one, and why.</summary>
public sealed record RelatedProvision(string ProvisionId, string Label, string CategoryId, string Why);

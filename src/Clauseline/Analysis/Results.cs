namespace Clauseline.Analysis;

/// <summary>
/// What decided a label: a phrase signal of the taxonomy (<see cref="EvidenceKind.Signal"/>) or a phrase the
/// trained model weighs towards the category (<see cref="EvidenceKind.Model"/>), with its place in the text
/// (UTF-16 offsets) and its weight.
/// </summary>
public sealed record Evidence(EvidenceKind Kind, string Text, int Start, int Length, double Weight, string Explains);

public enum EvidenceKind
{
    Signal,
    Model,
}

/// <summary>One category found in a text, with its score (0 to 1) and the evidence that decided it.</summary>
public sealed record CategoryMatch(string CategoryId, double Score, IReadOnlyList<Evidence> Evidence);

/// <summary>
/// One reason that moved an exposure score: the category's <see cref="DriverKind.Baseline"/>, the provision's own
/// <see cref="DriverKind.Wording"/> (with the words quoted), or the subscriber's <see cref="DriverKind.Profile"/>.
/// </summary>
public sealed record ExposureDriver(DriverKind Kind, string Id, string Description, int Delta, string? Quote);

public enum DriverKind
{
    Baseline,
    Wording,
    Profile,
}

/// <summary>
/// What a profile field the subscriber has not stated would do: <paramref name="Field"/> ("security.mfa_enforced"),
/// what it is about, and the level it would give at each end.
/// </summary>
public sealed record ExposureMover(string Field, string Description, ExposureLevel IfFavourable, ExposureLevel IfUnfavourable);

/// <summary>
/// The exposure of one category of a provision for one profile: the level (at the stated profile, unknown fields
/// taken at their middle), the range over what the profile leaves unknown, the score (0 to 100) and the drivers.
/// </summary>
public sealed record ExposureAssessment(
    string CategoryId,
    ExposureLevel Level,
    ExposureLevel Lowest,
    ExposureLevel Highest,
    int Score,
    IReadOnlyList<ExposureDriver> Drivers,
    IReadOnlyList<ExposureMover> Movers)
{
    /// <summary>"medium", or "medium-high" when unknown profile fields could move it.</summary>
    public string Range => Lowest == Highest ? Lowest.Name() : $"{Lowest.Name()}-{Highest.Name()}";

    /// <summary>"Medium", or "Medium to High depending on security posture".</summary>
    public string RangeText => Lowest == Highest
        ? Level.Title()
        : $"{Lowest.Title()} to {Highest.Title()} depending on {string.Join(" and ", Movers.Select(m => m.Description).Distinct())}";
}

/// <summary>A category of a text together with its exposure.</summary>
public sealed record RatedCategory(CategoryMatch Match, ExposureAssessment Exposure)
{
    public string Id => Match.CategoryId;
}

namespace Clauseline.Analysis.Scorecards;

/// <summary>
/// A provision that drives a scorecard: the provision with its document, its most exposed category with level and
/// score, and the drivers of that rating that raise it most.
/// </summary>
public sealed record ScorecardDriver(
    RatedProvision Provision,
    string CategoryId,
    ExposureLevel Level,
    int Score,
    IReadOnlyList<ExposureDriver> TopDrivers);

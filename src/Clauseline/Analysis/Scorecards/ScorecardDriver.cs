namespace Clauseline.Analysis.Scorecards;

/// <summary>
/// A provision that drives a scorecard: its document, its most exposed category with level and score, and the
/// drivers of that rating that raise it most.
/// </summary>
public sealed record ScorecardDriver(
    string PlatformSlug,
    string DocumentType,
    string DocumentTitle,
    string ProvisionId,
    string? Number,
    IReadOnlyList<string> HeadingPath,
    string CategoryId,
    ExposureLevel Level,
    int Score,
    IReadOnlyList<ExposureDriver> TopDrivers);

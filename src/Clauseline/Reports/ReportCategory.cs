namespace Clauseline.Reports;

/// <summary>
/// A category of a provision with its exposure for the report's profile: the level at the stated profile, the range
/// over what the profile leaves unknown ("low", "medium-high"), as a sentence, the score, and the drivers.
/// </summary>
public sealed record ReportCategory(
    string Id,
    string Name,
    double Confidence,
    string ExposureLevel,
    string ExposureRange,
    string ExposureRangeText,
    int ExposureScore,
    IReadOnlyList<ReportDriver> Drivers);

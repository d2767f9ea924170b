namespace Clauseline.Analysis;

/// <summary>How exposed a provision leaves the customer, for a given profile.</summary>
public enum ExposureLevel
{
    Low = 1,
    Medium = 2,
    High = 3,
}

public static class ExposureLevels
{
    public static ExposureLevel Parse(string text) => text.Trim().ToLowerInvariant() switch
    {
        "low" => ExposureLevel.Low,
        "medium" => ExposureLevel.Medium,
        "high" => ExposureLevel.High,
        _ => throw new InvalidDataException($"'{text}' is not an exposure level (low, medium or high)."),
    };

    /// <summary>The lower-case name used in JSON and on the command line.</summary>
    public static string Name(this ExposureLevel level) => level switch
    {
        ExposureLevel.Low => "low",
        ExposureLevel.Medium => "medium",
        _ => "high",
    };

    /// <summary>The name as a reader sees it.</summary>
    public static string Title(this ExposureLevel level) => level switch
    {
        ExposureLevel.Low => "Low",
        ExposureLevel.Medium => "Medium",
        _ => "High",
    };
}

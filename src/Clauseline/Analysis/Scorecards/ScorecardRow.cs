namespace Clauseline.Analysis.Scorecards;

/// <summary>How many provisions of one category a scorecard counts at each exposure level, and the highest level among them.</summary>
public sealed record ScorecardRow(string CategoryId, string Name, string GroupId, string GroupName, LevelCounts Counts)
{
    public ExposureLevel Highest => Counts.Highest ?? ExposureLevel.Low;
}

/// <summary>Counts at each exposure level.</summary>
public sealed record LevelCounts(int Low, int Medium, int High)
{
    public static LevelCounts None { get; } = new(0, 0, 0);

    public int Total => Low + Medium + High;

    /// <summary>The highest level counted, or <c>null</c> when nothing is.</summary>
    public ExposureLevel? Highest => High > 0 ? ExposureLevel.High : Medium > 0 ? ExposureLevel.Medium : Low > 0 ? ExposureLevel.Low : null;

    public LevelCounts Add(ExposureLevel level) => level switch
    {
        ExposureLevel.Low => this with { Low = Low + 1 },
        ExposureLevel.Medium => this with { Medium = Medium + 1 },
        _ => this with { High = High + 1 },
    };
}

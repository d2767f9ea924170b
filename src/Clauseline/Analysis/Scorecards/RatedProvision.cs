namespace Clauseline.Analysis.Scorecards;

/// <summary>A provision of a platform's document with its rated categories, the unit a scorecard counts.</summary>
public sealed record RatedProvision(
    string PlatformSlug,
    string DocumentType,
    string DocumentTitle,
    string ProvisionId,
    string? Number,
    IReadOnlyList<string> HeadingPath,
    string Text,
    IReadOnlyList<RatedCategory> Categories);

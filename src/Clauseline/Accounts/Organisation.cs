namespace Clauseline.Accounts;

/// <summary>
/// A team that follows platforms: its plan, its time zone (for the Monday digest), its profile for exposure ratings
/// (the JSON of <see cref="Analysis.Profile"/>, null until set) and the token of its private Atom feed.
/// </summary>
public sealed record Organisation(
    long Id,
    string Slug,
    string Name,
    Plan Plan,
    string TimeZone,
    string? ProfileJson,
    bool NoChangesDigest,
    string FeedToken,
    DateTimeOffset CreatedAt);

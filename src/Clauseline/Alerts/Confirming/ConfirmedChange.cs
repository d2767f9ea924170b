namespace Clauseline.Alerts.Confirming;

/// <summary>A confirmed alerting change as the digest and the dashboard read it: the version, its document and platform, headline and when it was confirmed.</summary>
public sealed record ConfirmedChange(
    long VersionId,
    long? FromVersionId,
    long DocumentId,
    long PlatformId,
    string PlatformSlug,
    string PlatformName,
    string TypeId,
    string TypeName,
    string? Headline,
    DateTimeOffset RecordedAt,
    DateTimeOffset ConfirmedAt);

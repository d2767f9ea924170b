namespace Clauseline.Archive;

/// <summary>Where a document stands: its last check, last change and, when failing, since when and why.</summary>
public sealed record DocumentState(
    Document Document,
    Check? LastCheck,
    DateTimeOffset? LastChange,
    int VersionCount,
    DateTimeOffset? FailingSince);

namespace Clauseline.Archive;

/// <summary>The names of check outcomes, version kinds and origins, as stored.</summary>
public static class CheckOutcomes
{
    public const string NotModified = "not-modified";
    public const string Unchanged = "unchanged";
    public const string NewVersion = "new-version";
    public const string TechnicalUpgrade = "technical-upgrade";
    public const string Failed = "failed";

    /// <summary>Not a recorded outcome: the check did not run because another check of the document was running.</summary>
    public const string Skipped = "skipped";
}

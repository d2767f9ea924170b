namespace Clauseline.Archive;

/// <summary>The two versions a diff compares; by default the latest and the one before it.</summary>
public sealed record VersionPair(VersionSummary From, VersionSummary To)
{
    /// <summary>
    /// Picks the versions to compare from a document's versions (newest first): <paramref name="to"/>
    /// defaults to the latest and <paramref name="from"/> to the version before <paramref name="to"/>.
    /// Returns the reason when there is no such pair.
    /// </summary>
    public static (VersionPair? Pair, string? Problem) Choose(IReadOnlyList<VersionSummary> versions, string documentName, long? from, long? to)
    {
        if (versions.Count == 0)
            return (null, $"{documentName} has no version yet");
        var newer = versions.FirstOrDefault(v => v.Id == (to ?? versions[0].Id));
        if (newer is null)
            return (null, $"version {to} is not a version of {documentName}");
        var older = from is null ? versions.FirstOrDefault(v => v.Seq == newer.Seq - 1) : versions.FirstOrDefault(v => v.Id == from);
        if (older is null)
        {
            return (null, from is null
                ? $"version {newer.Id} is the first version of {documentName}: there is nothing before it to compare with"
                : $"version {from} is not a version of {documentName}");
        }
        return (new VersionPair(older, newer), null);
    }
}

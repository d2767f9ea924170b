using Clauseline.Analysis;
using Clauseline.Analysis.Exposure;
using Clauseline.App.Feeds;
using Clauseline.Archive;
using Clauseline.Records;

namespace Clauseline.App.Web;

/// <summary>One changed provision on the governance timeline: when, in which document and version, what happened, and its exposure in one category.</summary>
public sealed record GovernanceEntry(DateTimeOffset At, Document Document, long VersionId, ProvisionChangeRecord Change, ExposureAssessment? Exposure)
{
    /// <summary>The change record the line comes from.</summary>
    public string ChangeUrl => $"/platforms/{Document.PlatformSlug}/{Document.TypeId}/changes/{VersionId}";

    /// <summary>The provision's page: the new provision, or the old one for a removal.</summary>
    public string? ProvisionUrl => Change.ProvisionIds.Count == 0 ? null : $"/platforms/{Document.PlatformSlug}/{Document.TypeId}/provisions/{Uri.EscapeDataString(Change.ProvisionIds[0])}";
}

/// <summary>A category's changed provisions, newest first; a null id holds the provisions no category was found in.</summary>
public sealed record GovernanceCategory(string? Id, string Name, IReadOnlyList<GovernanceEntry> Entries);

/// <summary>
/// A platform's governance timeline, a Compliance feature: every provision changed by a confirmed change (the ones its
/// feed carries), rated for the organisation's profile and grouped by category, the most recently changed category first.
/// </summary>
public sealed record GovernanceTimeline(Profile Profile, IReadOnlyList<GovernanceCategory> Categories)
{
    public bool IsEmpty => Categories.Count == 0;

    /// <summary>
    /// A category's page, rated for the same profile when it is a shipped one; an organisation's own profile has no
    /// name the category page knows, so the link falls back to the page's default.
    /// </summary>
    public string CategoryUrl(string id) =>
        $"/categories/{Uri.EscapeDataString(id)}{(Profiles.Find(Profile.Id) is null ? "" : ProfileChoice.Query(Profile))}";

    public static async Task<GovernanceTimeline> BuildAsync(ChangeHistory history, ClauseRater rater, IReadOnlyList<Document> documents, Profile profile, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(rater);
        ArgumentNullException.ThrowIfNull(documents);
        var rated = new List<(string? CategoryId, GovernanceEntry Entry)>();
        foreach (var document in documents)
        {
            foreach (var change in (await history.ForDocumentAsync(document, cancellationToken: cancellationToken)).Where(FeedChanges.Publishable))
            {
                foreach (var provision in change.Version.Record?.Provisions ?? [])
                {
                    // A removed provision has only its old text, and its exposure is what the organisation no longer carries.
                    var categories = rater.Rate(provision.NewText ?? provision.OldText ?? "", profile);
                    if (categories.Count == 0)
                        rated.Add((null, new GovernanceEntry(change.Version.RecordedAt, document, change.Version.VersionId, provision, null)));
                    rated.AddRange(categories.Select(c => ((string?)c.Id, new GovernanceEntry(change.Version.RecordedAt, document, change.Version.VersionId, provision, c.Exposure))));
                }
            }
        }
        var groups = rated
            .GroupBy(r => r.CategoryId)
            .Select(g => new GovernanceCategory(g.Key, g.Key is null ? "No category found" : Taxonomy.Default.Get(g.Key).Name, [.. g.Select(r => r.Entry).OrderByDescending(e => e.At)]))
            // Uncategorised provisions last, so the categories an auditor asks about come first.
            .OrderBy(c => c.Id is null)
            .ThenByDescending(c => c.Entries[0].At)
            .ThenBy(c => c.Name, StringComparer.Ordinal)
            .ToList();
        return new GovernanceTimeline(profile, groups);
    }
}

using Clauseline.Alerts.Composing;
using Clauseline.Alerts.Subscriptions;
using Clauseline.Analysis;
using Clauseline.Archive;
using Clauseline.Changes;
using Clauseline.Records;

namespace Clauseline.Alerts.Confirming;

/// <summary>
/// Decides what an organisation is told of one change: its substantive provision changes that one of its
/// subscriptions matches, each with its summary, link and exposure movement for the organisation's profile.
/// Analyses are kept per version and profile for the life of the matcher (one run of the confirmer or digest).
/// </summary>
public sealed class ChangeMatcher(ClauseRater rater, AlertOptions options)
{
    private readonly Dictionary<(long, Profile), IReadOnlyList<AnalysedProvisionChange>> _analyses = [];

    /// <summary>What the subscriptions select of the change, or null when they select nothing.</summary>
    public AlertChange? Match(Document document, StoredChange change, DateTimeOffset confirmedAt, IReadOnlyList<Subscription> subscriptions, Profile profile)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(subscriptions);
        if (change.Record is null)
            return null;
        var analysed = Analyse(change, profile);
        var matched = analysed.Where(p => subscriptions.Any(s => SubscriptionFilter.Matches(s, document, p))).ToList();
        if (matched.Count == 0)
            return null;
        var page = $"/platforms/{document.PlatformSlug}/{document.TypeId}";
        var severity = matched.Select(p => p.Highest).Max();
        return new AlertChange(document.PlatformSlug, document.PlatformName, document.TypeId, document.TypeName, change.VersionId, change.FromVersionId,
            change.Headline ?? change.Record.Headline, change.RecordedAt, confirmedAt, options.Url($"{page}/changes/{change.VersionId}"), severity?.Name(),
            analysed.Count, [.. matched.Select(p => Describe(p, page))]);
    }

    /// <summary>The substantive provision changes of a version (all of them if none is marked substantive), analysed for the profile.</summary>
    public IReadOnlyList<AnalysedProvisionChange> Analyse(StoredChange change, Profile profile)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(profile);
        if (_analyses.TryGetValue((change.VersionId, profile), out var known))
            return known;
        var record = change.Record ?? throw new InvalidOperationException($"version {change.VersionId} has no change record");
        var lines = record.Provisions.Where(p => p.Significance.Level == SignificanceLevel.Substantive).ToList();
        if (lines.Count == 0)
            lines = [.. record.Provisions];
        IReadOnlyList<AnalysedProvisionChange> analysed = [.. lines.Select(p => new AnalysedProvisionChange(p,
            p.OldText is { } before ? rater.Rate(before, profile) : [], p.NewText is { } after ? rater.Rate(after, profile) : []))];
        _analyses[(change.VersionId, profile)] = analysed;
        return analysed;
    }

    private AlertProvisionChange Describe(AnalysedProvisionChange p, string page)
    {
        var id = p.Change.AfterIds.Count > 0 ? p.Change.AfterIds[0] : p.Change.BeforeIds.Count > 0 ? p.Change.BeforeIds[0] : null;
        var taxonomy = Taxonomy.Default;
        var exposure = p.CategoryIds
            .Select(c => new ExposureChange(c, taxonomy.Find(c)?.Name ?? c,
                p.Before.FirstOrDefault(b => b.Id == c)?.Exposure.Level.Title(), p.After.FirstOrDefault(a => a.Id == c)?.Exposure.Level.Title()))
            .ToList();
        return new AlertProvisionChange(p.Change.Kind.ToString().ToLowerInvariant(), id, p.Change.Summary,
            id is null ? null : options.Url($"{page}/provisions/{id}"), exposure);
    }
}

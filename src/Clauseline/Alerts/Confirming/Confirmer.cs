using Clauseline.Accounts;
using Clauseline.Alerts.Composing;
using Clauseline.Alerts.Delivering;
using Clauseline.Analysis;
using Clauseline.Archive;
using Clauseline.Changes;
using Clauseline.Records;
using Clauseline.Storage;
using Microsoft.Extensions.Logging;

namespace Clauseline.Alerts.Confirming;

/// <summary>
/// Turns where changes stand into alerts. For each document it records, once per version, that the version is
/// confirmed or transient, and in the same transaction queues a delivery for every enabled same-day channel of
/// every organisation with same-day alerts whose subscriptions select something of a newly confirmed alerting
/// change. Flip-backs, transients, cosmetic changes, technical upgrades and first versions alert nobody; changes
/// confirmed longer ago than <see cref="AlertOptions.MaxAge"/> are recorded without an alert being sent.
/// </summary>
public sealed partial class Confirmer(Store store, ChangeHistory history, ChangeOptions changeOptions, PlanOptions plans, AlertOptions options, ClauseRater rater, TimeProvider time, ILogger<Confirmer> logger)
{
    public async Task<ConfirmerRun> RunAsync(CancellationToken cancellationToken = default)
    {
        var matcher = new ChangeMatcher(rater, options);
        var awaiting = await store.GetDocumentsAwaitingConfirmationAsync(cancellationToken);
        var documents = (await store.GetDocumentsAsync(cancellationToken: cancellationToken)).Where(d => awaiting.Contains(d.Id)).ToList();
        int confirmations = 0, deliveries = 0, tooOld = 0;
        foreach (var document in documents)
        {
            var (c, d, old) = await ConfirmAsync(document, matcher, cancellationToken);
            confirmations += c;
            deliveries += d;
            tooOld += old;
        }
        if (confirmations > 0)
            LogRun(logger, documents.Count, confirmations, deliveries, tooOld);
        return new ConfirmerRun(documents.Count, confirmations, deliveries, tooOld);
    }

    /// <summary>Confirms one document's versions whose status is decided and not yet recorded.</summary>
    public async Task<(int Confirmations, int Deliveries, int TooOld)> ConfirmAsync(Document document, ChangeMatcher matcher, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(matcher);
        var changes = await history.ForDocumentAsync(document, cancellationToken: cancellationToken);
        var known = await store.GetConfirmedVersionIdsAsync(document.Id, cancellationToken);
        var now = time.GetUtcNow();
        var window = changeOptions.Window;
        var fresh = changes.Where(c => c.State.Status != ChangeStatus.Pending && !known.Contains(c.Version.VersionId)).ToList();
        if (fresh.Count == 0)
            return (0, 0, 0);
        var confirmations = fresh.Select(c => new NewConfirmation(c.Version.VersionId, c.State.Status == ChangeStatus.Confirmed ? "confirmed" : "transient",
            Alerts(c), c.State.FlipBack, c.State.AlertFromVersionId, ConfirmedAt(c, now, window))).ToList();
        var alerting = fresh.Zip(confirmations).Where(p => p.Second.Alert).ToList();
        var recent = alerting.Where(p => now - p.Second.ConfirmedAt <= options.MaxAge).ToList();
        var deliveries = recent.Count == 0 ? [] : await DeliveriesAsync(document, [.. recent.Select(p => (p.First.Version, p.Second.ConfirmedAt))], matcher, cancellationToken);
        var (written, queued) = await store.RecordConfirmationsAsync(document.Id, confirmations, deliveries, cancellationToken);
        return (written, queued, alerting.Count - recent.Count);
    }

    /// <summary>Only a confirmed change that opens a new substance alerts: never the first version, a flip-back, a transient, a cosmetic change or a technical upgrade.</summary>
    private static bool Alerts(DocumentChange c) =>
        c.State is { Status: ChangeStatus.Confirmed, Alert: true, FlipBack: false }
        && !c.IsInitial && !c.IsTechnicalUpgrade && c.Version.Level != SignificanceLevel.Cosmetic;

    /// <summary>When the version was confirmed: the end of its confirmation window, or now if that is (by a clock change) later.</summary>
    private static DateTimeOffset ConfirmedAt(DocumentChange c, DateTimeOffset now, TimeSpan window)
    {
        var at = c.Version.RecordedAt + window;
        return Archive.Hashing.Truncate(at < now ? at : now);
    }

    private async Task<List<NewDelivery>> DeliveriesAsync(Document document, IReadOnlyList<(StoredChange Change, DateTimeOffset ConfirmedAt)> changes, ChangeMatcher matcher, CancellationToken cancellationToken)
    {
        var deliveries = new List<NewDelivery>();
        var followers = await store.GetDocumentFollowersAsync(document, cancellationToken);
        foreach (var group in followers.GroupBy(f => f.Organisation.Id))
        {
            var organisation = group.First().Organisation;
            if (!plans.For(organisation.Plan).SameDayAlerts)
                continue;
            var channels = (await store.GetChannelsAsync(organisation.Id, cancellationToken)).Where(c => c.Enabled && c.SameDay).ToList();
            if (channels.Count == 0)
                continue;
            var subscriptions = group.Select(f => f.Subscription).ToList();
            var profile = organisation.Profile() ?? Profile.Unknown;
            var told = changes.Select(c => matcher.Match(document, c.Change, c.ConfirmedAt, subscriptions, profile)).OfType<AlertChange>().ToList();
            if (told.Count == 0)
                continue;
            var payload = new AlertPayload("alert", Subject(told), organisation.Slug, organisation.Name, null, told).Serialize();
            var versions = told.Select(t => t.VersionId).ToList();
            deliveries.AddRange(channels.Select(channel =>
                new NewDelivery(organisation.Id, channel.Id, "alert", IdempotencyKeys.Alert(organisation.Id, channel.Id, versions), payload, versions)));
        }
        return deliveries;
    }

    /// <summary>The headline of the change, after the platform and document; several changes of one document are counted.</summary>
    private static string Subject(IReadOnlyList<AlertChange> told)
    {
        var first = told[^1];
        var more = told.Count > 1 ? $" (and {told.Count - 1} earlier change{(told.Count > 2 ? "s" : "")})" : "";
        return $"{first.PlatformName} {first.DocumentName}: {first.Headline}{more}";
    }

    [LoggerMessage(EventId = 7001, Level = LogLevel.Information, Message = "Confirmer: {Documents} documents, {Confirmations} confirmations, {Deliveries} deliveries queued, {TooOld} changes too old to send")]
    private static partial void LogRun(ILogger logger, int documents, int confirmations, int deliveries, int tooOld);
}

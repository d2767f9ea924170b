using System.Globalization;
using Clauseline.Accounts;
using Clauseline.Alerts.Composing;
using Clauseline.Alerts.Confirming;
using Clauseline.Alerts.Delivering;
using Clauseline.Analysis;
using Clauseline.Storage;
using Microsoft.Extensions.Logging;

namespace Clauseline.Alerts.Digests;

/// <summary>
/// The weekly digest: every Monday from the digest hour in the organisation's time zone, for every organisation
/// (whatever its plan) and every enabled channel that takes the digest, the previous week's confirmed alerting
/// changes of the platforms it follows, as its subscriptions select them, grouped by platform, most severe first.
/// Nothing is sent for an empty week unless the organisation asked for a "no changes" digest.
/// </summary>
public sealed partial class WeeklyDigest(Store store, AlertOptions options, ClauseRater rater, TimeProvider time, ILogger<WeeklyDigest> logger)
{
    /// <summary>Queues the digests due now and not yet queued: a week's digest is queued on the Monday it falls due, within a day.</summary>
    public async Task<int> QueueDueAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var queued = 0;
        foreach (var organisation in await store.GetOrganisationsAsync(cancellationToken))
        {
            var (week, dueAt) = DigestWeeks.Due(now, DigestWeeks.Zone(organisation.TimeZone), options.DigestHour);
            // A server down all Monday skips that digest rather than surprising organisations days later.
            if (now - dueAt > TimeSpan.FromDays(1))
                continue;
            queued += await QueueWeekAsync(organisation, week, cancellationToken);
        }
        if (queued > 0)
            LogQueued(logger, queued);
        return queued;
    }

    /// <summary>Queues the digest of the week starting on <paramref name="weekStart"/> (a Monday) for each digest channel; returns how many were queued.</summary>
    public async Task<int> QueueWeekAsync(Organisation organisation, DateOnly weekStart, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        var channels = (await store.GetChannelsAsync(organisation.Id, cancellationToken)).Where(c => c.Enabled && c.Digest).ToList();
        var pending = new List<Channels.Channel>();
        foreach (var channel in channels)
        {
            if (!await store.DeliveryExistsAsync(IdempotencyKeys.Digest(organisation.Id, channel.Id, weekStart), cancellationToken))
                pending.Add(channel);
        }
        if (pending.Count == 0)
            return 0;
        var payload = await BuildAsync(organisation, weekStart, cancellationToken);
        if (payload is null)
            return 0;
        var json = payload.Serialize();
        var versions = payload.Changes.Select(c => c.VersionId).ToList();
        var queued = 0;
        foreach (var channel in pending)
        {
            var delivery = new NewDelivery(organisation.Id, channel.Id, "digest", IdempotencyKeys.Digest(organisation.Id, channel.Id, weekStart), json, versions);
            if (await store.QueueDeliveryAsync(delivery, cancellationToken) is not null)
                queued++;
        }
        return queued;
    }

    /// <summary>The digest of a week, or null when nothing changed and the organisation wants no "no changes" digest.</summary>
    public async Task<AlertPayload?> BuildAsync(Organisation organisation, DateOnly weekStart, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        var (from, to) = DigestWeeks.Bounds(weekStart, DigestWeeks.Zone(organisation.TimeZone));
        var platforms = await store.GetFollowedPlatformIdsAsync(organisation.Id, cancellationToken);
        var subscriptions = await store.GetSubscriptionsAsync(organisation.Id, cancellationToken);
        var profile = organisation.Profile() ?? Profile.Unknown;
        var matcher = new ChangeMatcher(rater, options);
        var told = new List<AlertChange>();
        foreach (var confirmed in await store.GetConfirmedChangesAsync(platforms, from, to, cancellationToken: cancellationToken))
        {
            var document = await store.GetDocumentAsync(confirmed.DocumentId, cancellationToken);
            var change = await store.GetChangeAsync(confirmed.VersionId, cancellationToken);
            if (document is not null && change is not null && matcher.Match(document, change, confirmed.ConfirmedAt, subscriptions, profile) is { } alert)
                told.Add(alert);
        }
        if (told.Count == 0 && !organisation.NoChangesDigest)
            return null;
        var ordered = told
            .GroupBy(c => c.PlatformSlug)
            .OrderByDescending(g => g.Max(Severity)).ThenByDescending(g => g.Sum(c => c.SubstantiveChanges)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .SelectMany(g => g.OrderByDescending(Severity).ThenByDescending(c => c.SubstantiveChanges).ThenBy(c => c.ConfirmedAt))
            .ToList();
        return new AlertPayload("digest", Subject(ordered, weekStart), organisation.Slug, organisation.Name, weekStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ordered);
    }

    private static int Severity(AlertChange change) => change.Severity is { } level ? (int)ExposureLevels.Parse(level) : 0;

    private static string Subject(IReadOnlyList<AlertChange> changes, DateOnly weekStart)
    {
        var week = string.Create(CultureInfo.InvariantCulture, $"week of {weekStart:d MMMM yyyy}");
        if (changes.Count == 0)
            return $"Clauseline digest, {week}: no changes";
        var platforms = changes.Select(c => c.PlatformSlug).Distinct(StringComparer.Ordinal).Count();
        return string.Create(CultureInfo.InvariantCulture,
            $"Clauseline digest, {week}: {changes.Count} change{(changes.Count == 1 ? "" : "s")} on {platforms} platform{(platforms == 1 ? "" : "s")}");
    }

    [LoggerMessage(EventId = 7201, Level = LogLevel.Information, Message = "Weekly digest: {Count} deliveries queued")]
    private static partial void LogQueued(ILogger logger, int count);
}

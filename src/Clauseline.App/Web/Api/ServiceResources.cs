using Clauseline.Alerts.Channels;
using Clauseline.Alerts.Delivering;
using Clauseline.Alerts.Subscriptions;
using Clauseline.Analysis;

namespace Clauseline.App.Web.Api;

/// <summary>
/// Something the calling organisation follows: a platform (all its documents, or <c>document_types</c>), narrowed to
/// <c>categories</c> and a <c>min_exposure</c>; a provision of a document; or a category across the platforms it follows.
/// </summary>
public sealed record SubscriptionResource(
    long Id,
    string Kind,
    string? Platform,
    IReadOnlyList<string> DocumentTypes,
    string? Document,
    string? ProvisionId,
    string? Category,
    IReadOnlyList<string> Categories,
    string? MinExposure,
    DateTimeOffset CreatedAt,
    string Url)
{
    public static SubscriptionResource Of(Subscription s) =>
        new(s.Id, s.Kind.Id(), s.PlatformSlug, s.DocumentTypes, s.DocumentTypeId, s.ProvisionId, s.CategoryId, s.Categories, s.MinExposure?.Name(), s.CreatedAt,
            $"{ApiPaths.V1}/subscriptions/{s.Id}");
}

/// <summary>
/// A subscription to add. <c>kind</c> is <c>platform</c> (with <c>platform</c>, optionally <c>document_types</c>,
/// <c>categories</c> and <c>min_exposure</c>), <c>provision</c> (with <c>platform</c>, <c>document</c> and
/// <c>provision_id</c>) or <c>category</c> (with <c>category</c>).
/// </summary>
public sealed record SubscriptionRequest(
    string? Kind,
    string? Platform,
    IReadOnlyList<string>? DocumentTypes,
    string? Document,
    string? ProvisionId,
    string? Category,
    IReadOnlyList<string>? Categories,
    string? MinExposure);

/// <summary>
/// One delivery of the calling organisation's outbox: an alert or a digest for one channel, its idempotency key (the
/// email's Message-ID, the webhook's Idempotency-Key), where it stands (<c>pending</c>, <c>accepted</c>, <c>failed</c>) and every attempt.
/// </summary>
public sealed record DeliveryResource(
    long Id,
    string Kind,
    ChannelSummary Channel,
    string IdempotencyKey,
    string Status,
    int AttemptCount,
    DateTimeOffset CreatedAt,
    DateTimeOffset NextAttemptAt,
    DateTimeOffset? AcceptedAt,
    string? LastError,
    IReadOnlyList<AttemptResource> Attempts,
    string Url)
{
    public static DeliveryResource Of(Delivery d, ChannelKind kind, string target, IReadOnlyList<DeliveryAttempt> attempts) =>
        new(d.Id, d.Kind, new ChannelSummary(d.ChannelId, kind.Id(), target), d.IdempotencyKey, d.Status, d.Attempts, d.CreatedAt, d.NextAttemptAt,
            d.AcceptedAt, d.LastError, [.. attempts.Select(a => new AttemptResource(a.AttemptedAt, a.Succeeded, a.StatusCode, a.Detail))],
            $"{ApiPaths.V1}/deliveries/{d.Id}");
}

public sealed record ChannelSummary(long Id, string Kind, string Target);

/// <summary>One attempt to send a delivery: when, whether it was accepted, the HTTP status (webhooks) and what happened.</summary>
public sealed record AttemptResource(DateTimeOffset AttemptedAt, bool Succeeded, int? StatusCode, string? Detail);

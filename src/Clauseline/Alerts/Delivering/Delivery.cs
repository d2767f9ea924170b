namespace Clauseline.Alerts.Delivering;

/// <summary>
/// One row of the outbox: an alert (a batch of changes) or a digest (a week) for one channel of one organisation,
/// with its idempotency key, its content as JSON, where it stands and how often it was tried.
/// </summary>
public sealed record Delivery(
    long Id,
    long OrganisationId,
    long ChannelId,
    string Kind,
    string IdempotencyKey,
    string Payload,
    string Status,
    int Attempts,
    DateTimeOffset NextAttemptAt,
    DateTimeOffset CreatedAt,
    DateTimeOffset? AcceptedAt,
    string? LastError);

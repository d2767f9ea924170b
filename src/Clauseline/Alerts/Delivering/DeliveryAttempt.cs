namespace Clauseline.Alerts.Delivering;

/// <summary>One attempt to send a delivery: when, whether the receiver accepted it, the HTTP status (webhooks) and what happened.</summary>
public sealed record DeliveryAttempt(long Id, long DeliveryId, DateTimeOffset AttemptedAt, bool Succeeded, int? StatusCode, string? Detail);

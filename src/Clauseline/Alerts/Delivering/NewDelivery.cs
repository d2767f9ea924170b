namespace Clauseline.Alerts.Delivering;

/// <summary>A delivery to put in the outbox, with the versions it carries (none for an empty digest).</summary>
public sealed record NewDelivery(long OrganisationId, long ChannelId, string Kind, string IdempotencyKey, string Payload, IReadOnlyList<long> VersionIds);

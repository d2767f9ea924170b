namespace Clauseline.Alerts.Delivering;

/// <summary>Where a delivery of the outbox stands: waiting to be sent (or retried), accepted by the receiver, or given up.</summary>
public static class DeliveryStatus
{
    public const string Pending = "pending";
    public const string Accepted = "accepted";
    public const string Failed = "failed";
}

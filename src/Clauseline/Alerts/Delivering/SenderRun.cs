namespace Clauseline.Alerts.Delivering;

/// <summary>What one run of the sender did: deliveries accepted, to be retried, and given up.</summary>
public sealed record SenderRun(int Accepted, int Retrying, int Failed);

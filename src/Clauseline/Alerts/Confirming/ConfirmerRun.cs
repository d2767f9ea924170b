namespace Clauseline.Alerts.Confirming;

/// <summary>What one run of the confirmer did: documents looked at, confirmations recorded, deliveries queued, and changes too old to send.</summary>
public sealed record ConfirmerRun(int Documents, int Confirmations, int Deliveries, int TooOld);

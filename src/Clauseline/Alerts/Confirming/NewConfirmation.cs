namespace Clauseline.Alerts.Confirming;

/// <summary>A version found confirmed or transient, to record once: whether it alerts, whether it is a flip-back, and the version it is told against.</summary>
public sealed record NewConfirmation(long VersionId, string Status, bool Alert, bool FlipBack, long? FromVersionId, DateTimeOffset ConfirmedAt);

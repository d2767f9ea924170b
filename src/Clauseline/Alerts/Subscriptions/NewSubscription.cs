using Clauseline.Analysis;

namespace Clauseline.Alerts.Subscriptions;

/// <summary>A subscription to add: the platform for a platform or provision subscription, the document and provision id for a provision, the category for a category.</summary>
public sealed record NewSubscription(
    SubscriptionKind Kind,
    long? PlatformId = null,
    IReadOnlyList<string>? DocumentTypes = null,
    long? DocumentId = null,
    string? ProvisionId = null,
    string? CategoryId = null,
    IReadOnlyList<string>? Categories = null,
    ExposureLevel? MinExposure = null);

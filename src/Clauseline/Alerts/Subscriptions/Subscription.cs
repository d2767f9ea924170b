using Clauseline.Analysis;

namespace Clauseline.Alerts.Subscriptions;

/// <summary>
/// One thing an organisation follows: a platform (all its documents, or the listed types), narrowed optionally to
/// categories and a minimum exposure; a provision of one document; or a category across the platforms it follows.
/// Empty lists mean "no narrowing".
/// </summary>
public sealed record Subscription(
    long Id,
    long OrganisationId,
    SubscriptionKind Kind,
    long? PlatformId,
    string? PlatformSlug,
    string? PlatformName,
    IReadOnlyList<string> DocumentTypes,
    long? DocumentId,
    string? DocumentTypeId,
    string? ProvisionId,
    string? CategoryId,
    IReadOnlyList<string> Categories,
    ExposureLevel? MinExposure,
    DateTimeOffset CreatedAt);

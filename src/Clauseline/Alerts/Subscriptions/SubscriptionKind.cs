namespace Clauseline.Alerts.Subscriptions;

/// <summary>What a subscription follows: a platform's documents, one provision of a document, or a category across the platforms followed.</summary>
public enum SubscriptionKind
{
    Platform,
    Provision,
    Category,
}

/// <summary>Subscription kinds as they are written in the database and in forms (<c>platform</c>, <c>provision</c>, <c>category</c>).</summary>
public static class SubscriptionKinds
{
    public static string Id(this SubscriptionKind kind) => kind switch
    {
        SubscriptionKind.Platform => "platform",
        SubscriptionKind.Provision => "provision",
        _ => "category",
    };

    public static SubscriptionKind? Parse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "platform" => SubscriptionKind.Platform,
        "provision" => SubscriptionKind.Provision,
        "category" => SubscriptionKind.Category,
        _ => null,
    };
}

using Clauseline.Alerts.Subscriptions;
using Clauseline.Archive;

namespace Clauseline.Alerts.Confirming;

/// <summary>Whether a subscription asks to hear of one provision change of a document: its platform, types, categories, minimum exposure, provision or category.</summary>
public static class SubscriptionFilter
{
    public static bool Matches(Subscription subscription, Document document, AnalysedProvisionChange change)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(change);
        var exposureOk = subscription.MinExposure is not { } min || change.Highest >= min;
        return subscription.Kind switch
        {
            SubscriptionKind.Platform => subscription.PlatformId == document.PlatformId
                && (subscription.DocumentTypes.Count == 0 || subscription.DocumentTypes.Contains(document.TypeId, StringComparer.Ordinal))
                && (subscription.Categories.Count == 0 || change.CategoryIds.Any(c => subscription.Categories.Contains(c, StringComparer.Ordinal)))
                && exposureOk,
            SubscriptionKind.Provision => subscription.DocumentId == document.Id && subscription.ProvisionId is { } id
                && change.Change.ProvisionIds.Contains(id, StringComparer.Ordinal),
            SubscriptionKind.Category => subscription.CategoryId is { } category
                && change.CategoryIds.Contains(category, StringComparer.Ordinal) && exposureOk,
            _ => false,
        };
    }
}

using Clauseline.Alerts.Subscriptions;
using Clauseline.Analysis;
using Clauseline.Storage;

namespace Clauseline.App.Web.Alerting;

/// <summary>
/// Reads the fields every "Follow" form posts to <c>/app/follow</c>: <c>kind</c> (platform, provision or category),
/// <c>platform</c> (slug), <c>document</c> (type id), <c>provision</c> (id), <c>category</c> (id), and to narrow a
/// platform <c>types</c>, <c>categories</c> (repeated fields, or one field separated by commas or spaces) and <c>min_exposure</c>.
/// </summary>
public static class FollowForm
{
    public static async Task<(NewSubscription? Request, string? Problem)> ReadAsync(IFormCollection form, Store store, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(store);
        var kind = SubscriptionKinds.Parse(form["kind"].ToString());
        if (kind is null)
            return (null, "Choose what to follow: a platform, a provision or a category.");
        var category = Text(form, "category");
        if (kind == SubscriptionKind.Category)
            return (new NewSubscription(SubscriptionKind.Category, CategoryId: category, MinExposure: Exposure(form)), null);
        var slug = Text(form, "platform");
        var platform = slug is null ? null : await store.FindPlatformAsync(slug, ct);
        if (platform is null)
            return (null, "There is no such platform.");
        if (kind == SubscriptionKind.Provision)
        {
            var type = Text(form, "document");
            var document = type is null ? null : await store.FindDocumentAsync(platform.Id, type, ct);
            if (document is null)
                return (null, $"{platform.Name} has no such document.");
            return (new NewSubscription(SubscriptionKind.Provision, platform.Id, DocumentId: document.Id, ProvisionId: Text(form, "provision")), null);
        }
        return (new NewSubscription(SubscriptionKind.Platform, platform.Id, List(form, "types"), Categories: List(form, "categories"), MinExposure: Exposure(form)), null);
    }

    private static string? Text(IFormCollection form, string name) => form[name].ToString().Trim() is { Length: > 0 } text ? text : null;

    private static IReadOnlyList<string> List(IFormCollection form, string name) =>
        [.. form[name].SelectMany(v => (v ?? "").Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct(StringComparer.Ordinal)];

    private static ExposureLevel? Exposure(IFormCollection form) => Text(form, "min_exposure") switch
    {
        "low" => ExposureLevel.Low,
        "medium" => ExposureLevel.Medium,
        "high" => ExposureLevel.High,
        _ => null,
    };
}

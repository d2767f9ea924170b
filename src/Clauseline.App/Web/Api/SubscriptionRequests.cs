using Clauseline.Alerts.Subscriptions;
using Clauseline.Analysis;
using Clauseline.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Clauseline.App.Web.Api;

/// <summary>
/// Turns the API's subscription request (slugs and names) into the subscription <see cref="Alerts.Following.Following"/>
/// adds (ids), refusing with a 400 what names nothing or is malformed. Plan limits are left to Following.
/// </summary>
internal static class SubscriptionRequests
{
    public static async Task<(NewSubscription? Request, ProblemHttpResult? Problem)> ReadAsync(SubscriptionRequest? body, Store store, CancellationToken ct)
    {
        if (body is null)
            return Refuse("Send a JSON object with at least 'kind'.");
        if (SubscriptionKinds.Parse(body.Kind) is not { } kind)
            return Refuse($"kind must be 'platform', 'provision' or 'category'; '{body.Kind}' is not.");
        ExposureLevel? minimum = null;
        if (!string.IsNullOrWhiteSpace(body.MinExposure))
        {
            if (body.MinExposure.Trim().ToLowerInvariant() is not ("low" or "medium" or "high"))
                return Refuse($"min_exposure must be 'low', 'medium' or 'high'; '{body.MinExposure}' is not.");
            minimum = ExposureLevels.Parse(body.MinExposure);
        }
        var unknown = (body.Categories ?? []).Append(body.Category).OfType<string>().FirstOrDefault(c => Taxonomy.Default.Find(c) is null);
        if (unknown is not null)
            return Refuse($"There is no category '{unknown}'; see /api/v1/categories.");
        if (kind == SubscriptionKind.Category)
        {
            return string.IsNullOrWhiteSpace(body.Category)
                ? Refuse("A category subscription needs 'category'.")
                : (new NewSubscription(kind, CategoryId: body.Category), null);
        }
        if (string.IsNullOrWhiteSpace(body.Platform))
            return Refuse($"A {kind.Id()} subscription needs 'platform'.");
        if (await store.FindPlatformAsync(body.Platform, ct) is not { } platform)
            return Refuse($"There is no platform '{body.Platform}'.");
        if (kind == SubscriptionKind.Platform)
            return (new NewSubscription(kind, platform.Id, body.DocumentTypes, Categories: body.Categories, MinExposure: minimum), null);
        if (string.IsNullOrWhiteSpace(body.Document) || string.IsNullOrWhiteSpace(body.ProvisionId))
            return Refuse("A provision subscription needs 'document' (its type) and 'provision_id'.");
        if (await store.FindDocumentAsync(platform.Id, body.Document, ct) is not { } document)
            return Refuse($"{platform.Name} has no document '{body.Document}'.");
        return (new NewSubscription(kind, platform.Id, DocumentId: document.Id, ProvisionId: body.ProvisionId.Trim()), null);
    }

    private static (NewSubscription?, ProblemHttpResult?) Refuse(string detail) => (null, ApiProblems.BadRequest(detail));
}

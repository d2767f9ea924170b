using System.Data.Common;
using Clauseline.Accounts;
using Clauseline.Alerts.Subscriptions;
using Clauseline.Analysis;

namespace Clauseline.Storage;

public sealed partial class Store
{
    private const string SubscriptionColumns = """
        s.id, s.organisation_id, s.kind, s.platform_id, p.slug AS platform_slug, p.name AS platform_name, s.document_types,
        s.document_id, d.type_id AS document_type_id, s.provision_id, s.category_id, s.categories, s.min_exposure, s.created_at
        """;

    private const string SubscriptionFrom = """
        FROM subscriptions s LEFT JOIN platforms p ON p.id = s.platform_id LEFT JOIN documents d ON d.id = s.document_id
        """;

    /// <summary>Adds a subscription; the caller (<see cref="Alerts.Following.Following"/>) has checked the plan allows it.</summary>
    public async Task<Subscription> AddSubscriptionAsync(long organisationId, NewSubscription subscription, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        await using var connection = await OpenAsync(cancellationToken);
        var id = await connection.ScalarAsync<long>("""
            INSERT INTO subscriptions (organisation_id, kind, platform_id, document_types, document_id, provision_id, category_id, categories, min_exposure, created_at)
            VALUES (@organisation, @kind, @platform, @types, @document, @provision, @category, @categories, @min, @now)
            RETURNING id
            """,
            [("organisation", organisationId), ("kind", subscription.Kind.Id()), ("platform", subscription.PlatformId),
             ("types", JoinIds(subscription.DocumentTypes)), ("document", subscription.DocumentId), ("provision", subscription.ProvisionId),
             ("category", subscription.CategoryId), ("categories", JoinIds(subscription.Categories)), ("min", subscription.MinExposure?.Name()), ("now", Now())],
            cancellationToken: cancellationToken);
        return (await connection.QuerySingleAsync($"SELECT {SubscriptionColumns} {SubscriptionFrom} WHERE s.id = @id", ReadSubscription, [("id", id)], cancellationToken: cancellationToken))!;
    }

    /// <summary>An organisation's subscriptions, oldest first.</summary>
    public async Task<IReadOnlyList<Subscription>> GetSubscriptionsAsync(long organisationId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await connection.QueryAsync($"SELECT {SubscriptionColumns} {SubscriptionFrom} WHERE s.organisation_id = @organisation ORDER BY s.id",
            ReadSubscription, [("organisation", organisationId)], cancellationToken: cancellationToken);
    }

    /// <summary>Removes one of an organisation's subscriptions; false when it has no such subscription.</summary>
    public async Task<bool> DeleteSubscriptionAsync(long organisationId, long subscriptionId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await connection.ExecuteAsync("DELETE FROM subscriptions WHERE id = @id AND organisation_id = @organisation",
            [("id", subscriptionId), ("organisation", organisationId)], cancellationToken: cancellationToken) > 0;
    }

    /// <summary>Removes every subscription of an organisation that names a platform (its platform and provision subscriptions); returns how many.</summary>
    public async Task<int> DeletePlatformSubscriptionsAsync(long organisationId, long platformId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await connection.ExecuteAsync("DELETE FROM subscriptions WHERE organisation_id = @organisation AND platform_id = @platform",
            [("organisation", organisationId), ("platform", platformId)], cancellationToken: cancellationToken);
    }

    /// <summary>
    /// The subscriptions that may concern a change of a document, with their organisations: platform subscriptions of
    /// its platform, provision subscriptions of the document, and category subscriptions of organisations following its platform.
    /// </summary>
    public async Task<IReadOnlyList<(Organisation Organisation, Subscription Subscription)>> GetDocumentFollowersAsync(Archive.Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        await using var connection = await OpenAsync(cancellationToken);
        return await connection.QueryAsync($"""
            SELECT {SubscriptionColumns}, o.slug AS org_slug, o.name AS org_name, o.plan AS org_plan, o.time_zone AS org_time_zone,
                   o.profile AS org_profile, o.no_changes_digest AS org_no_changes_digest, o.feed_token AS org_feed_token, o.created_at AS org_created_at
            {SubscriptionFrom} JOIN organisations o ON o.id = s.organisation_id
            WHERE (s.kind = 'platform' AND s.platform_id = @platform)
               OR (s.kind = 'provision' AND s.document_id = @document)
               OR (s.kind = 'category' AND EXISTS (SELECT 1 FROM subscriptions f WHERE f.organisation_id = s.organisation_id AND f.platform_id = @platform))
            ORDER BY s.organisation_id, s.id
            """, r => (ReadSubscriberOrganisation(r), ReadSubscription(r)), [("platform", document.PlatformId), ("document", document.Id)], cancellationToken: cancellationToken);
    }

    /// <summary>The ids of the platforms an organisation follows, through platform or provision subscriptions.</summary>
    public async Task<IReadOnlyList<long>> GetFollowedPlatformIdsAsync(long organisationId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await connection.QueryAsync("SELECT DISTINCT platform_id FROM subscriptions WHERE organisation_id = @organisation AND platform_id IS NOT NULL ORDER BY platform_id",
            r => r.Long("platform_id"), [("organisation", organisationId)], cancellationToken: cancellationToken);
    }

    private static string? JoinIds(IReadOnlyList<string>? ids) =>
        ids is null || ids.Count == 0 ? null : string.Join(' ', ids.Select(i => i.Trim()).Where(i => i.Length > 0).Distinct(StringComparer.Ordinal));

    private static IReadOnlyList<string> SplitIds(string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : text.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static Subscription ReadSubscription(DbDataReader r) => new(
        r.Long("id"), r.Long("organisation_id"), SubscriptionKinds.Parse(r.Text("kind")) ?? SubscriptionKind.Platform, r.LongOrNull("platform_id"),
        r.TextOrNull("platform_slug"), r.TextOrNull("platform_name"), SplitIds(r.TextOrNull("document_types")), r.LongOrNull("document_id"),
        r.TextOrNull("document_type_id"), r.TextOrNull("provision_id"), r.TextOrNull("category_id"), SplitIds(r.TextOrNull("categories")),
        r.TextOrNull("min_exposure") is { } min ? ExposureLevels.Parse(min) : null, r.Time("created_at"));

    /// <summary>An organisation read with the <c>org_</c> prefixed columns of a join.</summary>
    private static Organisation ReadSubscriberOrganisation(DbDataReader r) => new(
        r.Long("organisation_id"), r.Text("org_slug"), r.Text("org_name"), Plans.Parse(r.Text("org_plan")) ?? Plan.Free, r.Text("org_time_zone"),
        r.TextOrNull("org_profile"), r.Bool("org_no_changes_digest"), r.Text("org_feed_token"), r.Time("org_created_at"));
}

using System.Data.Common;
using Clauseline.Alerts.Channels;
using Clauseline.Alerts.Confirming;
using Clauseline.Alerts.Delivering;

namespace Clauseline.Storage;

public sealed partial class Store
{
    private const string DeliveryColumns = "d.id, d.organisation_id, d.channel_id, d.kind, d.idempotency_key, d.payload, d.status, d.attempts, d.next_attempt_at, d.created_at, d.accepted_at, d.last_error";

    /// <summary>The versions of a document that already have a confirmations row.</summary>
    public async Task<IReadOnlySet<long>> GetConfirmedVersionIdsAsync(long documentId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var ids = await connection.QueryAsync("SELECT version_id FROM confirmations WHERE document_id = @document", r => r.Long("version_id"),
            [("document", documentId)], cancellationToken: cancellationToken);
        return ids.ToHashSet();
    }

    /// <summary>The ids of documents with at least one version not yet confirmed (or found transient), so the confirmer skips the settled ones.</summary>
    public async Task<IReadOnlySet<long>> GetDocumentsAwaitingConfirmationAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var ids = await connection.QueryAsync(
            "SELECT DISTINCT v.document_id FROM versions v WHERE NOT EXISTS (SELECT 1 FROM confirmations c WHERE c.version_id = v.id)",
            r => r.Long("document_id"), cancellationToken: cancellationToken);
        return ids.ToHashSet();
    }

    /// <summary>
    /// Records confirmations of a document's versions and, in the same transaction, the outbox rows they cause. A
    /// version another confirmer recorded first is skipped, and so is every delivery carrying it, so two confirmers
    /// never queue the same change twice. Returns how many confirmations and deliveries were written.
    /// </summary>
    public async Task<(int Confirmations, int Deliveries)> RecordConfirmationsAsync(long documentId, IReadOnlyList<NewConfirmation> confirmations, IReadOnlyList<NewDelivery> deliveries, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(confirmations);
        ArgumentNullException.ThrowIfNull(deliveries);
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await Database.LockDocumentAsync(connection, transaction, documentId, cancellationToken);
        var ours = new HashSet<long>();
        foreach (var c in confirmations)
        {
            var inserted = await connection.ExecuteAsync("""
                INSERT INTO confirmations (version_id, document_id, status, alert, flip_back, from_version_id, confirmed_at)
                VALUES (@version, @document, @status, @alert, @flip, @from, @at) ON CONFLICT (version_id) DO NOTHING
                """,
                [("version", c.VersionId), ("document", documentId), ("status", c.Status), ("alert", c.Alert), ("flip", c.FlipBack), ("from", c.FromVersionId), ("at", c.ConfirmedAt)],
                transaction, cancellationToken);
            if (inserted > 0)
                ours.Add(c.VersionId);
        }
        var queued = 0;
        foreach (var d in deliveries.Where(d => d.VersionIds.All(ours.Contains)))
        {
            if (await InsertDeliveryAsync(connection, transaction, d, Now(), cancellationToken) is not null)
                queued++;
        }
        await transaction.CommitAsync(cancellationToken);
        return (ours.Count, queued);
    }

    /// <summary>Puts one delivery in the outbox; null when its idempotency key is there already.</summary>
    public async Task<long?> QueueDeliveryAsync(NewDelivery delivery, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var id = await InsertDeliveryAsync(connection, transaction, delivery, Now(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return id;
    }

    /// <summary>Whether a delivery with this idempotency key was queued already.</summary>
    public async Task<bool> DeliveryExistsAsync(string idempotencyKey, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await connection.ScalarAsync<long>("SELECT COUNT(*) FROM deliveries WHERE idempotency_key = @key", [("key", idempotencyKey)], cancellationToken: cancellationToken) > 0;
    }

    /// <summary>The ids of pending deliveries due now, oldest due first.</summary>
    public async Task<IReadOnlyList<long>> GetDueDeliveryIdsAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await connection.QueryAsync("SELECT id FROM deliveries WHERE status = 'pending' AND next_attempt_at <= @now ORDER BY next_attempt_at, id LIMIT @limit",
            r => r.Long("id"), [("now", now), ("limit", limit)], cancellationToken: cancellationToken);
    }

    /// <summary>
    /// Claims a due delivery for one sender by moving its next attempt to <paramref name="leaseUntil"/>: the update
    /// succeeds for one sender only, so two senders never send it at once. Null when it is not (or no longer) due.
    /// </summary>
    public async Task<Delivery?> ClaimDeliveryAsync(long deliveryId, DateTimeOffset now, DateTimeOffset leaseUntil, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var claimed = await connection.ExecuteAsync(
            "UPDATE deliveries SET next_attempt_at = @lease WHERE id = @id AND status = 'pending' AND next_attempt_at <= @now",
            [("id", deliveryId), ("now", now), ("lease", leaseUntil)], cancellationToken: cancellationToken);
        return claimed == 0 ? null : await GetDeliveryAsync(connection, deliveryId, cancellationToken);
    }

    /// <summary>
    /// Records an attempt and its consequence in one transaction: accepted, retried at <paramref name="retryAt"/>, or
    /// failed for good when that is null. Only a pending delivery changes, so one accepted is never reopened.
    /// </summary>
    public async Task RecordDeliveryAttemptAsync(long deliveryId, DateTimeOffset at, bool succeeded, int? statusCode, string? detail, DateTimeOffset? retryAt, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync("""
            INSERT INTO delivery_attempts (delivery_id, attempted_at, succeeded, status_code, detail) VALUES (@id, @at, @ok, @code, @detail)
            """, [("id", deliveryId), ("at", at), ("ok", succeeded), ("code", statusCode), ("detail", Clip(detail))], transaction, cancellationToken);
        var status = succeeded ? DeliveryStatus.Accepted : retryAt is null ? DeliveryStatus.Failed : DeliveryStatus.Pending;
        await connection.ExecuteAsync("""
            UPDATE deliveries SET status = @status, attempts = attempts + 1, next_attempt_at = @next,
                   accepted_at = CASE WHEN @ok = TRUE THEN @at ELSE accepted_at END,
                   last_error = CASE WHEN @ok = TRUE THEN last_error ELSE @detail END
            WHERE id = @id AND status = 'pending'
            """,
            [("id", deliveryId), ("status", status), ("next", retryAt ?? at), ("ok", succeeded), ("at", at), ("detail", Clip(detail))], transaction, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<Delivery?> GetDeliveryAsync(long deliveryId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await GetDeliveryAsync(connection, deliveryId, cancellationToken);
    }

    /// <summary>An organisation's deliveries with their channels, newest first, or failed and retrying ones first when <paramref name="failuresFirst"/>.</summary>
    public async Task<IReadOnlyList<DeliveryListing>> GetDeliveriesAsync(long organisationId, bool failuresFirst = false, int limit = 200, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var order = failuresFirst
            ? "CASE WHEN d.status = 'failed' THEN 0 WHEN d.status = 'pending' AND d.attempts > 0 THEN 1 ELSE 2 END, d.id DESC"
            : "d.id DESC";
        return await connection.QueryAsync($"""
            SELECT {DeliveryColumns}, c.kind AS channel_kind, c.target AS channel_target
            FROM deliveries d JOIN channels c ON c.id = d.channel_id
            WHERE d.organisation_id = @organisation ORDER BY {order} LIMIT @limit
            """, r => new DeliveryListing(ReadDelivery(r), ChannelKinds.Parse(r.Text("channel_kind")) ?? ChannelKind.Email, r.Text("channel_target")),
            [("organisation", organisationId), ("limit", limit)], cancellationToken: cancellationToken);
    }

    /// <summary>Every attempt to send a delivery, oldest first.</summary>
    public async Task<IReadOnlyList<DeliveryAttempt>> GetDeliveryAttemptsAsync(long deliveryId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await connection.QueryAsync("SELECT id, delivery_id, attempted_at, succeeded, status_code, detail FROM delivery_attempts WHERE delivery_id = @id ORDER BY id",
            r => new DeliveryAttempt(r.Long("id"), r.Long("delivery_id"), r.Time("attempted_at"), r.Bool("succeeded"), r.IntOrNull("status_code"), r.TextOrNull("detail")),
            [("id", deliveryId)], cancellationToken: cancellationToken);
    }

    /// <summary>The versions a delivery carries.</summary>
    public async Task<IReadOnlyList<long>> GetDeliveryVersionIdsAsync(long deliveryId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await connection.QueryAsync("SELECT version_id FROM delivery_changes WHERE delivery_id = @id ORDER BY version_id",
            r => r.Long("version_id"), [("id", deliveryId)], cancellationToken: cancellationToken);
    }

    /// <summary>
    /// The alerting changes confirmed in [<paramref name="from"/>, <paramref name="to"/>) of the given platforms (all
    /// platforms when null), newest first, at most <paramref name="limit"/>.
    /// </summary>
    public async Task<IReadOnlyList<ConfirmedChange>> GetConfirmedChangesAsync(IReadOnlyCollection<long>? platformIds, DateTimeOffset from, DateTimeOffset to, int limit = 1000, CancellationToken cancellationToken = default)
    {
        if (platformIds is { Count: 0 })
            return [];
        await using var connection = await OpenAsync(cancellationToken);
        // Ids are numbers the store read itself, so listing them inline is safe and works on both databases.
        var filter = platformIds is null ? "" : $"AND doc.platform_id IN ({string.Join(',', platformIds.Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)))})";
        return await connection.QueryAsync($"""
            SELECT cf.version_id, cf.from_version_id, cf.document_id, doc.platform_id, p.slug, p.name, doc.type_id, t.name AS type_name,
                   cr.headline, v.recorded_at, cf.confirmed_at
            FROM confirmations cf JOIN versions v ON v.id = cf.version_id JOIN documents doc ON doc.id = cf.document_id
            JOIN platforms p ON p.id = doc.platform_id JOIN document_types t ON t.id = doc.type_id
            LEFT JOIN change_records cr ON cr.version_id = cf.version_id
            WHERE cf.alert = TRUE AND cf.confirmed_at >= @from AND cf.confirmed_at < @to {filter}
            ORDER BY cf.confirmed_at DESC, cf.version_id DESC LIMIT @limit
            """, r => new ConfirmedChange(r.Long("version_id"), r.LongOrNull("from_version_id"), r.Long("document_id"), r.Long("platform_id"), r.Text("slug"), r.Text("name"),
                r.Text("type_id"), r.Text("type_name"), r.TextOrNull("headline"), r.Time("recorded_at"), r.Time("confirmed_at")),
            [("from", from), ("to", to), ("limit", limit)], cancellationToken: cancellationToken);
    }

    private static async Task<long?> InsertDeliveryAsync(DbConnection connection, DbTransaction transaction, NewDelivery d, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var id = await connection.ScalarAsync<long>("""
            INSERT INTO deliveries (organisation_id, channel_id, kind, idempotency_key, payload, status, attempts, next_attempt_at, created_at)
            VALUES (@organisation, @channel, @kind, @key, @payload, 'pending', 0, @now, @now)
            ON CONFLICT (idempotency_key) DO NOTHING RETURNING id
            """,
            [("organisation", d.OrganisationId), ("channel", d.ChannelId), ("kind", d.Kind), ("key", d.IdempotencyKey), ("payload", d.Payload), ("now", now)],
            transaction, cancellationToken);
        if (id == 0)
            return null;
        foreach (var version in d.VersionIds.Distinct())
        {
            await connection.ExecuteAsync("INSERT INTO delivery_changes (delivery_id, version_id) VALUES (@id, @version)",
                [("id", id), ("version", version)], transaction, cancellationToken);
        }
        return id;
    }

    private static Task<Delivery?> GetDeliveryAsync(DbConnection connection, long deliveryId, CancellationToken cancellationToken) =>
        connection.QuerySingleAsync($"SELECT {DeliveryColumns} FROM deliveries d WHERE d.id = @id", ReadDelivery, [("id", deliveryId)], cancellationToken: cancellationToken);

    private static Delivery ReadDelivery(DbDataReader r) => new(
        r.Long("id"), r.Long("organisation_id"), r.Long("channel_id"), r.Text("kind"), r.Text("idempotency_key"), r.Text("payload"), r.Text("status"),
        (int)r.Long("attempts"), r.Time("next_attempt_at"), r.Time("created_at"), r.TimeOrNull("accepted_at"), r.TextOrNull("last_error"));
}

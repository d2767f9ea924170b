using Clauseline.Alerts.Channels;
using Clauseline.Alerts.Delivering;

namespace Clauseline.Storage;

public sealed partial class Store
{
    /// <summary>
    /// Up to <paramref name="limit"/> of an organisation's deliveries with their channels, newest first, starting below
    /// <paramref name="beforeId"/> (from the newest when null): the API's pages of the outbox, read by key.
    /// </summary>
    public async Task<IReadOnlyList<DeliveryListing>> GetDeliveryPageAsync(long organisationId, long? beforeId, int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        // The key condition only when there is a key: PostgreSQL cannot type a parameter that is only ever null.
        var after = beforeId is null ? "" : "AND d.id < @before";
        return await connection.QueryAsync($"""
            SELECT {DeliveryColumns}, c.kind AS channel_kind, c.target AS channel_target
            FROM deliveries d JOIN channels c ON c.id = d.channel_id
            WHERE d.organisation_id = @organisation {after}
            ORDER BY d.id DESC LIMIT @limit
            """, r => new DeliveryListing(ReadDelivery(r), ChannelKinds.Parse(r.Text("channel_kind")) ?? ChannelKind.Email, r.Text("channel_target")),
            [("organisation", organisationId), ("before", beforeId ?? 0), ("limit", limit)], cancellationToken: cancellationToken);
    }
}

using System.Data.Common;
using Clauseline.Alerts.Channels;

namespace Clauseline.Storage;

public sealed partial class Store
{
    private const string ChannelColumns = "id, organisation_id, kind, target, secret, same_day, digest, unsubscribe_token, disabled_at, created_at";

    /// <summary>Adds a channel; the caller has checked the plan allows it and made its secret and unsubscribe token.</summary>
    public async Task<Channel> AddChannelAsync(long organisationId, ChannelKind kind, string target, string? secret, bool sameDay, bool digest, string unsubscribeToken, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return (await connection.QuerySingleAsync($"""
            INSERT INTO channels (organisation_id, kind, target, secret, same_day, digest, unsubscribe_token, created_at)
            VALUES (@organisation, @kind, @target, @secret, @same, @digest, @token, @now)
            RETURNING {ChannelColumns}
            """, ReadChannel,
            [("organisation", organisationId), ("kind", kind.Id()), ("target", target), ("secret", secret), ("same", sameDay), ("digest", digest),
             ("token", unsubscribeToken), ("now", Now())], cancellationToken: cancellationToken))!;
    }

    /// <summary>An organisation's channels, oldest first, disabled ones too.</summary>
    public async Task<IReadOnlyList<Channel>> GetChannelsAsync(long organisationId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await connection.QueryAsync($"SELECT {ChannelColumns} FROM channels WHERE organisation_id = @organisation ORDER BY id",
            ReadChannel, [("organisation", organisationId)], cancellationToken: cancellationToken);
    }

    public async Task<Channel?> GetChannelAsync(long channelId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await connection.QuerySingleAsync($"SELECT {ChannelColumns} FROM channels WHERE id = @id", ReadChannel, [("id", channelId)], cancellationToken: cancellationToken);
    }

    /// <summary>The channel of a one-click unsubscribe link, or null.</summary>
    public async Task<Channel?> FindChannelByUnsubscribeTokenAsync(string token, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await connection.QuerySingleAsync($"SELECT {ChannelColumns} FROM channels WHERE unsubscribe_token = @token", ReadChannel, [("token", token)], cancellationToken: cancellationToken);
    }

    /// <summary>How many enabled channels an organisation has, for its plan's limit.</summary>
    public async Task<int> CountEnabledChannelsAsync(long organisationId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return (int)await connection.ScalarAsync<long>("SELECT COUNT(*) FROM channels WHERE organisation_id = @organisation AND disabled_at IS NULL",
            [("organisation", organisationId)], cancellationToken: cancellationToken);
    }

    /// <summary>Disables a channel of an organisation (kept, with its deliveries); false when it has no such enabled channel.</summary>
    public async Task<bool> DisableChannelAsync(long organisationId, long channelId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await connection.ExecuteAsync("UPDATE channels SET disabled_at = @now WHERE id = @id AND organisation_id = @organisation AND disabled_at IS NULL",
            [("id", channelId), ("organisation", organisationId), ("now", Now())], cancellationToken: cancellationToken) > 0;
    }

    /// <summary>Disables the channel of an unsubscribe token; idempotent (RFC 8058): a second request finds it disabled and changes nothing.</summary>
    public async Task<Channel?> DisableChannelByUnsubscribeTokenAsync(string token, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await connection.ExecuteAsync("UPDATE channels SET disabled_at = @now WHERE unsubscribe_token = @token AND disabled_at IS NULL",
            [("token", token), ("now", Now())], cancellationToken: cancellationToken);
        return await connection.QuerySingleAsync($"SELECT {ChannelColumns} FROM channels WHERE unsubscribe_token = @token", ReadChannel, [("token", token)], cancellationToken: cancellationToken);
    }

    /// <summary>Sets whether a channel receives same-day alerts and the digest; false when the organisation has no such channel.</summary>
    public async Task<bool> SetChannelScheduleAsync(long organisationId, long channelId, bool sameDay, bool digest, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await connection.ExecuteAsync("UPDATE channels SET same_day = @same, digest = @digest WHERE id = @id AND organisation_id = @organisation",
            [("id", channelId), ("organisation", organisationId), ("same", sameDay), ("digest", digest)], cancellationToken: cancellationToken) > 0;
    }

    private static Channel ReadChannel(DbDataReader r) => new(
        r.Long("id"), r.Long("organisation_id"), ChannelKinds.Parse(r.Text("kind")) ?? ChannelKind.Email, r.Text("target"), r.TextOrNull("secret"),
        r.Bool("same_day"), r.Bool("digest"), r.Text("unsubscribe_token"), r.TimeOrNull("disabled_at"), r.Time("created_at"));
}

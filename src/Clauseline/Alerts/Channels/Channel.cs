namespace Clauseline.Alerts.Channels;

/// <summary>
/// A delivery channel of an organisation: its target (an address or a URL), the secret that signs its webhooks,
/// whether it receives same-day alerts and the weekly digest, and the token of its one-click unsubscribe link.
/// </summary>
public sealed record Channel(
    long Id,
    long OrganisationId,
    ChannelKind Kind,
    string Target,
    string? Secret,
    bool SameDay,
    bool Digest,
    string UnsubscribeToken,
    DateTimeOffset? DisabledAt,
    DateTimeOffset CreatedAt)
{
    public bool Enabled => DisabledAt is null;
}

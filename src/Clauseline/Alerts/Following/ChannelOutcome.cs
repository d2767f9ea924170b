using Clauseline.Alerts.Channels;

namespace Clauseline.Alerts.Following;

/// <summary>What came of adding a channel: the channel and its webhook secret (shown once), or the reason it was refused.</summary>
public sealed record ChannelOutcome(bool Succeeded, string Message, Channel? Channel = null, string? Secret = null)
{
    public static ChannelOutcome Refused(string message) => new(false, message);
}

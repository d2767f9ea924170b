namespace Clauseline.Alerts.Channels;

/// <summary>Where an organisation is told: an email address, a webhook receiving JSON, or a Slack-compatible webhook receiving text.</summary>
public enum ChannelKind
{
    Email,
    Webhook,
    Slack,
}

/// <summary>Channel kinds as written in the database and in forms (<c>email</c>, <c>webhook</c>, <c>slack</c>).</summary>
public static class ChannelKinds
{
    public static string Id(this ChannelKind kind) => kind switch
    {
        ChannelKind.Email => "email",
        ChannelKind.Webhook => "webhook",
        _ => "slack",
    };

    public static ChannelKind? Parse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "email" => ChannelKind.Email,
        "webhook" => ChannelKind.Webhook,
        "slack" => ChannelKind.Slack,
        _ => null,
    };

    /// <summary>Webhook and Slack channels post over HTTP and need a plan with webhooks.</summary>
    public static bool IsWebhook(this ChannelKind kind) => kind is ChannelKind.Webhook or ChannelKind.Slack;
}

using System.Text;
using System.Text.Json;
using Clauseline.Alerts.Delivering;

namespace Clauseline.Alerts.Composing;

/// <summary>
/// The bodies posted to webhooks. A <c>webhook</c> channel receives JSON in a stable shape (snake_case):
/// <c>{"type": "alert"|"digest", "delivery_id", "idempotency_key", "organisation": {"slug", "name"}, "subject",
/// "week_start", "changes": [{"platform_slug", "platform_name", "document_type", "document_name", "version_id",
/// "from_version_id", "headline", "recorded_at", "confirmed_at", "url", "severity", "substantive_changes",
/// "provisions": [{"kind", "provision_id", "summary", "url", "exposure": [{"category_id", "category_name", "before", "after"}]}]}]}</c>.
/// A <c>slack</c> channel receives <c>{"text": …}</c> in Slack's mrkdwn, with links.
/// </summary>
public static class WebhookBody
{
    public static string Json(Delivery delivery, AlertPayload payload)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        ArgumentNullException.ThrowIfNull(payload);
        var body = new Body(payload.Kind, delivery.Id, delivery.IdempotencyKey, new Org(payload.OrganisationSlug, payload.OrganisationName), payload.Subject, payload.WeekStart, payload.Changes);
        return JsonSerializer.Serialize(body, AlertPayload.Json);
    }

    public static string Slack(AlertPayload payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        var text = new StringBuilder();
        text.Append('*').Append(Escape(payload.Subject)).Append("*\n");
        if (payload.Changes.Count == 0)
            text.Append("No platform you follow changed this week.\n");
        foreach (var change in payload.Changes)
        {
            text.Append("\n<").Append(change.Url).Append('|').Append(Escape($"{change.PlatformName} {change.DocumentName}")).Append(">: ").Append(Escape(change.Headline)).Append('\n');
            foreach (var p in change.Provisions)
            {
                text.Append("• ").Append(Escape(p.Summary));
                if (p.Url is not null)
                    text.Append(" <").Append(p.Url).Append("|provision ").Append(Escape(p.ProvisionId ?? "")).Append('>');
                text.Append('\n');
            }
        }
        return JsonSerializer.Serialize(new SlackMessage(text.ToString().TrimEnd()), AlertPayload.Json);
    }

    /// <summary>Slack's three control characters in mrkdwn.</summary>
    private static string Escape(string text) => text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    private sealed record Body(string Type, long DeliveryId, string IdempotencyKey, Org Organisation, string Subject, string? WeekStart, IReadOnlyList<AlertChange> Changes);

    private sealed record Org(string Slug, string Name);

    private sealed record SlackMessage(string Text);
}

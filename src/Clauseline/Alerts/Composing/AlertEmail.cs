using System.Globalization;
using System.Net;
using System.Text;
using Clauseline.Alerts.Channels;
using Clauseline.Alerts.Delivering;
using MimeKit;

namespace Clauseline.Alerts.Composing;

/// <summary>
/// The email of an alert or a digest: the subject is the headline; the body, in HTML and plain text, gives each
/// change's platform and document, headline, the matching provision summaries with their exposure movement, and
/// absolute links to the change record and provision pages. The Message-ID is made from the idempotency key, and
/// the one-click unsubscribe headers of RFC 8058 point at the channel's unsubscribe link.
/// </summary>
public static class AlertEmail
{
    public static MimeMessage Compose(Delivery delivery, AlertPayload payload, Channel channel, MailboxAddress from, AlertOptions options)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        ArgumentNullException.ThrowIfNull(payload);
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(options);
        var unsubscribe = options.Url($"/unsubscribe/{channel.UnsubscribeToken}");
        var message = new MimeMessage();
        message.From.Add(from);
        message.To.Add(MailboxAddress.Parse(channel.Target));
        message.Subject = payload.Subject;
        message.MessageId = $"{delivery.IdempotencyKey.Replace(':', '.')}@{Host(options)}";
        // RFC 8058: a mail client may unsubscribe with one POST of "List-Unsubscribe=One-Click" to the HTTPS URI.
        message.Headers.Add("List-Unsubscribe", $"<{unsubscribe}>");
        message.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        message.Body = new BodyBuilder { TextBody = Text(payload, unsubscribe), HtmlBody = Html(payload, unsubscribe) }.ToMessageBody();
        return message;
    }

    /// <summary>"Medium -> High" where the exposure moved, "High (unchanged)" where it did not, "none" for a side without the category.</summary>
    private static string Movement(ExposureChange e, string arrow) =>
        e.Before == e.After ? $"{e.After} (unchanged)" : $"{e.Before ?? "none"} {arrow} {e.After ?? "none"}";

    private static string Host(AlertOptions options) =>
        Uri.TryCreate(options.BaseUrl, UriKind.Absolute, out var url) ? url.Host : "clauseline.localhost";

    public static string Text(AlertPayload payload, string unsubscribe)
    {
        ArgumentNullException.ThrowIfNull(payload);
        var text = new StringBuilder();
        text.AppendLine(payload.Subject).AppendLine();
        if (payload.Changes.Count == 0)
            text.AppendLine("No platform you follow changed its documents this week.");
        foreach (var platform in payload.Changes.GroupBy(c => c.PlatformName))
        {
            foreach (var change in platform)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"{change.PlatformName} {change.DocumentName}: {change.Headline}");
                text.AppendLine(CultureInfo.InvariantCulture, $"Confirmed {change.ConfirmedAt:yyyy-MM-dd HH:mm} UTC. The change: {change.Url}");
                foreach (var p in change.Provisions)
                {
                    text.AppendLine(CultureInfo.InvariantCulture, $"  - {p.Summary}");
                    foreach (var e in p.Exposure)
                        text.AppendLine(CultureInfo.InvariantCulture, $"    Exposure, {e.CategoryName}: {Movement(e, "->")}");
                    if (p.Url is not null)
                        text.AppendLine(CultureInfo.InvariantCulture, $"    Provision {p.ProvisionId}: {p.Url}");
                }
                text.AppendLine();
            }
        }
        text.AppendLine(CultureInfo.InvariantCulture, $"Sent to {payload.OrganisationName} by Clauseline. Stop these messages: {unsubscribe}");
        return text.ToString();
    }

    public static string Html(AlertPayload payload, string unsubscribe)
    {
        ArgumentNullException.ThrowIfNull(payload);
        static string E(string? s) => WebUtility.HtmlEncode(s ?? "");
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").Append(E(payload.Subject)).Append("</title></head>");
        html.Append("<body style=\"font-family:sans-serif;line-height:1.5;color:#1a1a1a\"><h1 style=\"font-size:1.25em\">").Append(E(payload.Subject)).Append("</h1>");
        if (payload.Changes.Count == 0)
            html.Append("<p>No platform you follow changed its documents this week.</p>");
        foreach (var platform in payload.Changes.GroupBy(c => c.PlatformName))
        {
            html.Append("<h2 style=\"font-size:1.1em\">").Append(E(platform.Key)).Append("</h2>");
            foreach (var change in platform)
            {
                html.Append("<h3 style=\"font-size:1em\"><a href=\"").Append(E(change.Url)).Append("\">").Append(E(change.DocumentName)).Append(": ").Append(E(change.Headline)).Append("</a></h3>");
                html.Append(CultureInfo.InvariantCulture, $"<p>Confirmed {change.ConfirmedAt:yyyy-MM-dd HH:mm} UTC.</p><ul>");
                foreach (var p in change.Provisions)
                {
                    html.Append("<li>").Append(E(p.Summary));
                    if (p.Url is not null)
                        html.Append(" (<a href=\"").Append(E(p.Url)).Append("\">provision ").Append(E(p.ProvisionId)).Append("</a>)");
                    foreach (var e in p.Exposure)
                        html.Append("<br>Exposure, ").Append(E(e.CategoryName)).Append(": ").Append(E(Movement(e, "→")));
                    html.Append("</li>");
                }
                html.Append("</ul>");
            }
        }
        html.Append("<p style=\"font-size:.9em;color:#444\">Sent to ").Append(E(payload.OrganisationName)).Append(" by Clauseline. <a href=\"")
            .Append(E(unsubscribe)).Append("\">Stop these messages</a>.</p></body></html>");
        return html.ToString();
    }
}

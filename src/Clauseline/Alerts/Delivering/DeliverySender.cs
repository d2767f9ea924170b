using System.Net.Http.Headers;
using System.Text;
using Clauseline.Alerts.Channels;
using Clauseline.Alerts.Composing;
using Clauseline.Mail;
using Clauseline.Storage;
using Microsoft.Extensions.Logging;

namespace Clauseline.Alerts.Delivering;

/// <summary>
/// Sends what the outbox holds: claims each due delivery (so two senders never send one at once), sends it by
/// email through the <see cref="Mailer"/> or by an HTTP POST to a webhook (any 2xx is accepted), and records
/// the attempt with its consequence: accepted for good, retried after a back-off, or failed after the last attempt.
/// Delivery is at least once; the idempotency key lets receivers drop a duplicate.
/// </summary>
public sealed partial class DeliverySender(Store store, Mailer mailer, HttpClient http, AlertOptions options, TimeProvider time, ILogger<DeliverySender> logger)
{
    public const string HttpClientName = "webhooks";

    public async Task<SenderRun> SendDueAsync(CancellationToken cancellationToken = default)
    {
        int accepted = 0, retrying = 0, failed = 0;
        var now = time.GetUtcNow();
        foreach (var id in await store.GetDueDeliveryIdsAsync(now, options.BatchSize, cancellationToken))
        {
            var delivery = await store.ClaimDeliveryAsync(id, now, now + TimeSpan.FromSeconds(options.LeaseSeconds), cancellationToken);
            if (delivery is null)
                continue;
            var result = await SendAsync(delivery, cancellationToken);
            var at = time.GetUtcNow();
            DateTimeOffset? retryAt = null;
            if (!result.Accepted && result.Retry && delivery.Attempts + 1 < options.MaxAttempts)
                retryAt = at + Backoff.Delay(delivery.Attempts + 1, options, Random.Shared.NextDouble());
            await store.RecordDeliveryAttemptAsync(delivery.Id, at, result.Accepted, result.StatusCode, result.Detail, retryAt, cancellationToken);
            if (result.Accepted)
                accepted++;
            else if (retryAt is not null)
                retrying++;
            else
            {
                failed++;
                LogGaveUp(logger, delivery.Id, delivery.Attempts + 1, result.Detail);
            }
        }
        return new SenderRun(accepted, retrying, failed);
    }

    private async Task<Result> SendAsync(Delivery delivery, CancellationToken cancellationToken)
    {
        var channel = await store.GetChannelAsync(delivery.ChannelId, cancellationToken);
        if (channel is null || !channel.Enabled)
            return new Result(false, null, "the channel is disabled", Retry: false);
        AlertPayload payload;
        try
        {
            payload = AlertPayload.Deserialize(delivery.Payload);
        }
        catch (System.Text.Json.JsonException e)
        {
            return new Result(false, null, $"unreadable payload: {e.Message}", Retry: false);
        }
        return channel.Kind == ChannelKind.Email
            ? await EmailAsync(delivery, payload, channel, cancellationToken)
            : await PostAsync(delivery, channel, channel.Kind == ChannelKind.Slack ? WebhookBody.Slack(payload) : WebhookBody.Json(delivery, payload), cancellationToken);
    }

    private async Task<Result> EmailAsync(Delivery delivery, AlertPayload payload, Channel channel, CancellationToken cancellationToken)
    {
        var message = AlertEmail.Compose(delivery, payload, channel, mailer.Sender, options);
        return await mailer.SendAsync(message, cancellationToken) switch
        {
            MailSent => new Result(true, null, "sent", Retry: false),
            MailWritten written => new Result(true, null, $"written to {written.Path}", Retry: false),
            MailFailed failed => new Result(false, null, failed.Reason, Retry: true),
            _ => new Result(false, null, "unknown mail outcome", Retry: true),
        };
    }

    private async Task<Result> PostAsync(Delivery delivery, Channel channel, string body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, channel.Target) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.UserAgent.Add(new ProductInfoHeaderValue("Clauseline", "1.0"));
        request.Headers.Add("Idempotency-Key", delivery.IdempotencyKey);
        if (channel.Secret is { } secret)
            request.Headers.Add(WebhookSignature.Header, WebhookSignature.Sign(secret, time.GetUtcNow(), body));
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(options.WebhookTimeoutSeconds));
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var code = (int)response.StatusCode;
            return response.IsSuccessStatusCode
                ? new Result(true, code, $"HTTP {code}", Retry: false)
                : new Result(false, code, $"HTTP {code} {response.ReasonPhrase}", Retry: true);
        }
        catch (HttpRequestException e)
        {
            return new Result(false, null, e.Message, Retry: true);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new Result(false, null, $"no answer within {options.WebhookTimeoutSeconds} seconds", Retry: true);
        }
    }

    private sealed record Result(bool Accepted, int? StatusCode, string Detail, bool Retry);

    [LoggerMessage(EventId = 7101, Level = LogLevel.Warning, Message = "Delivery {Delivery} given up after {Attempts} attempts: {Reason}")]
    private static partial void LogGaveUp(ILogger logger, long delivery, int attempts, string reason);
}

using System.Text.Json;
using Clauseline.Accounts;
using Clauseline.Alerts.Channels;
using Clauseline.Alerts.Composing;
using Clauseline.Alerts.Delivering;
using Clauseline.Alerts.Subscriptions;
using Clauseline.Tests.Infrastructure;

namespace Clauseline.Tests.Alerts;

/// <summary>
/// The sender on SQLite and PostgreSQL, against a real SMTP server and a real webhook endpoint on 127.0.0.1:
/// what an email and a webhook carry, retries with back-off, attempts kept, nothing sent twice.
/// </summary>
public sealed class SenderTests(PostgresServer postgres)
{
    public static TheoryData<string> Databases => ["sqlite", "postgres"];

    private static readonly DateTimeOffset Day1 = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private static readonly DateTimeOffset Now = Day1.AddDays(10).AddHours(25);

    /// <summary>A Monitor organisation following Harbourline through one channel, with the change confirmed and its delivery queued.</summary>
    private static async Task<(AlertWorld World, Organisation Org, Channel Channel, Delivery Delivery, long VersionId)> QueuedAsync(
        string kind, PostgresServer postgres, ChannelKind channelKind, string target, Action<Clauseline.Alerts.AlertOptions>? configure = null)
    {
        var world = await AlertWorld.StartAsync(kind, postgres, Now, configure);
        var document = await world.SeedAsync((AlertWorld.V1, Day1), (AlertWorld.V2, Day1.AddDays(10)));
        var org = await world.OrganisationAsync("Acme Compliance", Plan.Monitor);
        await world.FollowAsync(org, new NewSubscription(SubscriptionKind.Platform, document.PlatformId));
        var channel = await world.ChannelAsync(org, channelKind, target);
        await world.Confirmer.RunAsync(TestContext.Current.CancellationToken);
        var delivery = Assert.Single(await world.DeliveriesAsync(org));
        return (world, org, channel, delivery, (await world.Store.GetVersionsAsync(document.Id)).Single(v => v.Seq == 2).Id);
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task An_email_alert_has_html_and_text_its_message_id_unsubscribe_headers_and_absolute_links(string kind)
    {
        await using var smtp = await SmtpSink.StartAsync();
        var (world, _, channel, delivery, version) = await QueuedAsync(kind, postgres, ChannelKind.Email, "legal@acme.test");
        await using var _ = world;

        var run = await world.Sender(smtp: smtp).SendDueAsync(TestContext.Current.CancellationToken);

        Assert.Equal(1, run.Accepted);
        var message = await smtp.WaitForAsync("legal@acme.test");
        Assert.StartsWith("Harbourline Terms of Service: ", message.Subject, StringComparison.Ordinal);
        Assert.Equal($"{delivery.IdempotencyKey.Replace(':', '.')}@clauseline.test", message.MessageId);
        Assert.Equal($"<https://clauseline.test/unsubscribe/{channel.UnsubscribeToken}>", message.Headers["List-Unsubscribe"]);
        Assert.Equal("List-Unsubscribe=One-Click", message.Headers["List-Unsubscribe-Post"]);
        Assert.NotNull(message.HtmlBody);
        Assert.NotNull(message.TextBody);
        var link = $"https://clauseline.test/platforms/harbourline/terms-of-service/changes/{version}";
        Assert.Contains(link, message.TextBody, StringComparison.Ordinal);
        Assert.Contains($"href=\"{link}\"", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("https://clauseline.test/platforms/harbourline/terms-of-service/provisions/", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("Exposure, Arbitration:", message.TextBody, StringComparison.Ordinal);
        Assert.Equal(DeliveryStatus.Accepted, (await world.Store.GetDeliveryAsync(delivery.Id))!.Status);
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task A_webhook_is_signed_and_carries_its_idempotency_key(string kind)
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var (world, org, channel, delivery, version) = await QueuedAsync(kind, postgres, ChannelKind.Webhook, receiver.Url);
        await using var _ = world;

        await world.Sender().SendDueAsync(TestContext.Current.CancellationToken);

        var request = Assert.Single(receiver.Requests);
        Assert.Equal(delivery.IdempotencyKey, request.Headers["Idempotency-Key"]);
        Assert.True(WebhookSignature.Verify(channel.Secret!, request.Headers["Clauseline-Signature"], request.Body, world.Clock.GetUtcNow(), TimeSpan.FromMinutes(5)));
        Assert.False(WebhookSignature.Verify("whsec_wrong", request.Headers["Clauseline-Signature"], request.Body, world.Clock.GetUtcNow(), TimeSpan.FromMinutes(5)));
        using var json = JsonDocument.Parse(request.Body);
        Assert.Equal(delivery.Id, json.RootElement.GetProperty("delivery_id").GetInt64());
        Assert.Equal(org.Slug, json.RootElement.GetProperty("organisation").GetProperty("slug").GetString());
        var change = json.RootElement.GetProperty("changes")[0];
        Assert.Equal(version, change.GetProperty("version_id").GetInt64());
        Assert.Equal("harbourline", change.GetProperty("platform_slug").GetString());
        Assert.NotEmpty(change.GetProperty("provisions")[0].GetProperty("summary").GetString()!);
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task A_slack_channel_receives_text_with_links(string kind)
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var (world, _, _, _, version) = await QueuedAsync(kind, postgres, ChannelKind.Slack, receiver.Url);
        await using var _ = world;

        await world.Sender().SendDueAsync(TestContext.Current.CancellationToken);

        using var json = JsonDocument.Parse(Assert.Single(receiver.Requests).Body);
        var text = json.RootElement.GetProperty("text").GetString()!;
        Assert.Contains($"<https://clauseline.test/platforms/harbourline/terms-of-service/changes/{version}|Harbourline Terms of Service>", text, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task A_failed_webhook_is_retried_after_a_back_off_and_every_attempt_is_kept(string kind)
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Answer(500, 200);
        var (world, _, _, delivery, _) = await QueuedAsync(kind, postgres, ChannelKind.Webhook, receiver.Url, o => o.RetryBaseSeconds = 60);
        await using var _ = world;
        var sender = world.Sender();

        Assert.Equal(1, (await sender.SendDueAsync(TestContext.Current.CancellationToken)).Retrying);
        var waiting = (await world.Store.GetDeliveryAsync(delivery.Id))!;
        Assert.Equal((DeliveryStatus.Pending, 1, "HTTP 500 Internal Server Error"), (waiting.Status, waiting.Attempts, waiting.LastError));
        Assert.InRange(waiting.NextAttemptAt - world.Clock.GetUtcNow(), TimeSpan.FromSeconds(29), TimeSpan.FromSeconds(61));
        Assert.Equal(0, (await sender.SendDueAsync(TestContext.Current.CancellationToken)).Accepted);

        world.Clock.Advance(TimeSpan.FromSeconds(61));
        Assert.Equal(1, (await sender.SendDueAsync(TestContext.Current.CancellationToken)).Accepted);

        Assert.Equal(2, receiver.Requests.Count);
        Assert.Equal(receiver.Requests[0].Headers["Idempotency-Key"], receiver.Requests[1].Headers["Idempotency-Key"]);
        var attempts = await world.Store.GetDeliveryAttemptsAsync(delivery.Id);
        Assert.Equal([(false, (int?)500), (true, 200)], attempts.Select(a => (a.Succeeded, a.StatusCode)));
        Assert.Equal(DeliveryStatus.Accepted, (await world.Store.GetDeliveryAsync(delivery.Id))!.Status);
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task A_delivery_is_given_up_after_the_last_attempt(string kind)
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Answer(503);
        var (world, _, _, delivery, _) = await QueuedAsync(kind, postgres, ChannelKind.Webhook, receiver.Url, o => (o.MaxAttempts, o.RetryBaseSeconds) = (2, 1));
        await using var _ = world;
        var sender = world.Sender();

        await sender.SendDueAsync(TestContext.Current.CancellationToken);
        world.Clock.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(1, (await sender.SendDueAsync(TestContext.Current.CancellationToken)).Failed);
        world.Clock.Advance(TimeSpan.FromHours(1));
        await sender.SendDueAsync(TestContext.Current.CancellationToken);

        var failed = (await world.Store.GetDeliveryAsync(delivery.Id))!;
        Assert.Equal((DeliveryStatus.Failed, 2), (failed.Status, failed.Attempts));
        Assert.Contains("503", failed.LastError, StringComparison.Ordinal);
        Assert.Equal(2, receiver.Requests.Count);
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task An_accepted_delivery_is_never_sent_again(string kind)
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var (world, _, _, delivery, _) = await QueuedAsync(kind, postgres, ChannelKind.Webhook, receiver.Url);
        await using var _ = world;
        var sender = world.Sender();
        await sender.SendDueAsync(TestContext.Current.CancellationToken);

        // A late failure report of the same delivery cannot reopen it.
        await world.Store.RecordDeliveryAttemptAsync(delivery.Id, world.Clock.GetUtcNow(), false, 500, "late", world.Clock.GetUtcNow());
        world.Clock.Advance(TimeSpan.FromDays(1));
        await sender.SendDueAsync(TestContext.Current.CancellationToken);
        await world.Confirmer.RunAsync(TestContext.Current.CancellationToken);
        await sender.SendDueAsync(TestContext.Current.CancellationToken);

        Assert.Single(receiver.Requests);
        Assert.Equal(DeliveryStatus.Accepted, (await world.Store.GetDeliveryAsync(delivery.Id))!.Status);
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task Two_senders_never_send_one_delivery_twice(string kind)
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        receiver.Delay = TimeSpan.FromMilliseconds(300);
        var (world, _, _, _, _) = await QueuedAsync(kind, postgres, ChannelKind.Webhook, receiver.Url);
        await using var _ = world;

        var runs = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => world.Sender().SendDueAsync(TestContext.Current.CancellationToken)));

        Assert.Equal(1, runs.Sum(r => r.Accepted));
        Assert.Single(receiver.Requests);
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task One_click_unsubscribe_disables_the_channel_once(string kind)
    {
        var (world, org, channel, _, _) = await QueuedAsync(kind, postgres, ChannelKind.Email, "legal@acme.test");
        await using var _ = world;

        var first = await world.Store.DisableChannelByUnsubscribeTokenAsync(channel.UnsubscribeToken);
        world.Clock.Advance(TimeSpan.FromHours(1));
        var second = await world.Store.DisableChannelByUnsubscribeTokenAsync(channel.UnsubscribeToken);

        Assert.NotNull(first!.DisabledAt);
        Assert.Equal(first.DisabledAt, second!.DisabledAt);
        Assert.Null(await world.Store.DisableChannelByUnsubscribeTokenAsync("no-such-token"));
        // The queued delivery of a channel switched off is not sent.
        Assert.Equal(1, (await world.Sender().SendDueAsync(TestContext.Current.CancellationToken)).Failed);
        Assert.Equal(0, await world.Store.CountEnabledChannelsAsync(org.Id));
    }
}

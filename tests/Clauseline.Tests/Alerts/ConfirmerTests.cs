using Clauseline.Accounts;
using Clauseline.Alerts.Channels;
using Clauseline.Alerts.Composing;
using Clauseline.Alerts.Delivering;
using Clauseline.Alerts.Subscriptions;
using Clauseline.Analysis;
using Clauseline.Archive;
using Clauseline.Tests.Infrastructure;

namespace Clauseline.Tests.Alerts;

/// <summary>
/// The confirmer on SQLite and PostgreSQL: confirmations and the outbox written together, once; only confirmed
/// substantive changes alert; subscriptions' filters choose who is told and of what; the Free plan waits for the
/// digest; an imported history sends nothing.
/// </summary>
public sealed class ConfirmerTests(PostgresServer postgres)
{
    public static TheoryData<string> Databases => ["sqlite", "postgres"];

    private static readonly DateTimeOffset Day1 = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private static readonly DateTimeOffset Changed = Day1.AddDays(10);

    /// <summary>A day and an hour after the change: confirmed an hour ago.</summary>
    private static readonly DateTimeOffset Now = Changed.AddHours(25);

    [Theory, MemberData(nameof(Databases))]
    public async Task A_confirmed_change_queues_one_delivery_per_channel_with_its_confirmation_once(string kind)
    {
        await using var world = await AlertWorld.StartAsync(kind, postgres, Now);
        var document = await world.SeedAsync((AlertWorld.V1, Day1), (AlertWorld.V2, Changed));
        var org = await world.OrganisationAsync("Acme Compliance", Plan.Monitor);
        await world.FollowAsync(org, new NewSubscription(SubscriptionKind.Platform, document.PlatformId));
        var email = await world.ChannelAsync(org, ChannelKind.Email, "legal@acme.test");
        var hook = await world.ChannelAsync(org, ChannelKind.Webhook, "https://hooks.acme.test/clauseline");

        var run = await world.Confirmer.RunAsync(TestContext.Current.CancellationToken);
        var again = await world.Confirmer.RunAsync(TestContext.Current.CancellationToken);

        Assert.Equal((2, 2), (run.Confirmations, run.Deliveries));
        Assert.Equal((0, 0), (again.Confirmations, again.Deliveries));
        var versions = await world.Store.GetVersionsAsync(document.Id);
        var changeId = versions.Single(v => v.Seq == 2).Id;
        Assert.Equal(1, await world.CountAsync($"SELECT COUNT(*) FROM confirmations WHERE alert = TRUE AND version_id = {changeId}"));
        var deliveries = await world.DeliveriesAsync(org);
        Assert.Equal([email.Id, hook.Id], deliveries.Select(d => d.ChannelId).Order());
        Assert.All(deliveries, d => Assert.Equal(IdempotencyKeys.Alert(org.Id, d.ChannelId, [changeId]), d.IdempotencyKey));
        Assert.All(deliveries, d => Assert.Equal(DeliveryStatus.Pending, d.Status));
        Assert.Equal([changeId], await world.Store.GetDeliveryVersionIdsAsync(deliveries[0].Id));
        var payload = AlertPayload.Deserialize(deliveries[0].Payload);
        var change = Assert.Single(payload.Changes);
        Assert.Equal($"https://clauseline.test/platforms/harbourline/terms-of-service/changes/{changeId}", change.Url);
        Assert.Equal(2, change.Provisions.Count);
        Assert.StartsWith("Harbourline Terms of Service: ", payload.Subject, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task Confirmations_and_deliveries_are_one_transaction(string kind)
    {
        await using var world = await AlertWorld.StartAsync(kind, postgres, Now);
        var document = await world.SeedAsync((AlertWorld.V1, Day1), (AlertWorld.V2, Changed));
        var org = await world.OrganisationAsync("Acme Compliance", Plan.Monitor);
        var version = (await world.Store.GetVersionsAsync(document.Id)).Single(v => v.Seq == 2).Id;

        // A delivery for a channel that does not exist breaks the transaction: the confirmation goes with it.
        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => world.Store.RecordConfirmationsAsync(document.Id,
            [new Clauseline.Alerts.Confirming.NewConfirmation(version, "confirmed", true, false, null, Now)],
            [new NewDelivery(org.Id, 999_999, "alert", "alert:broken", "{}", [version])]));

        Assert.Equal(0, await world.CountAsync("SELECT COUNT(*) FROM confirmations"));
        Assert.Equal(0, await world.CountAsync("SELECT COUNT(*) FROM deliveries"));
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task A_flip_back_a_transient_a_cosmetic_change_and_a_technical_upgrade_alert_nobody(string kind)
    {
        await using var world = await AlertWorld.StartAsync(kind, postgres, Day1.AddDays(30), o => o.MaxAgeHours = 100_000);
        var upgraded = AlertWorld.V1.Replace("whether or not you authorised it.", "whether or not you authorised it .", StringComparison.Ordinal);
        var document = await world.SeedAsync("Harbourline", "Terms of Service",
            (AlertWorld.V1, Day1, VersionKinds.Change),
            (AlertWorld.Cosmetic, Day1.AddDays(2), VersionKinds.Change),
            (upgraded, Day1.AddDays(3), VersionKinds.TechnicalUpgrade),
            (AlertWorld.V2, Day1.AddDays(5), VersionKinds.Change),
            (AlertWorld.V1, Day1.AddDays(5).AddHours(6), VersionKinds.Change));
        var org = await world.OrganisationAsync("Acme Compliance", Plan.Compliance);
        await world.FollowAsync(org, new NewSubscription(SubscriptionKind.Platform, document.PlatformId));
        await world.ChannelAsync(org, ChannelKind.Email, "legal@acme.test");

        var run = await world.Confirmer.RunAsync(TestContext.Current.CancellationToken);

        Assert.Equal(5, run.Confirmations);
        Assert.Equal(0, run.Deliveries);
        Assert.Equal(0, await world.CountAsync("SELECT COUNT(*) FROM confirmations WHERE alert = TRUE"));
        Assert.Equal(1, await world.CountAsync("SELECT COUNT(*) FROM confirmations WHERE status = 'transient'"));
        Assert.Equal(2, await world.CountAsync("SELECT COUNT(*) FROM confirmations WHERE flip_back = TRUE"));
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task A_pending_change_waits_for_its_window(string kind)
    {
        await using var world = await AlertWorld.StartAsync(kind, postgres, Changed.AddHours(3));
        var document = await world.SeedAsync((AlertWorld.V1, Day1), (AlertWorld.V2, Changed));
        var org = await world.OrganisationAsync("Acme Compliance", Plan.Monitor);
        await world.FollowAsync(org, new NewSubscription(SubscriptionKind.Platform, document.PlatformId));
        await world.ChannelAsync(org, ChannelKind.Email, "legal@acme.test");

        Assert.Equal(0, (await world.Confirmer.RunAsync(TestContext.Current.CancellationToken)).Deliveries);
        world.Clock.Advance(TimeSpan.FromHours(22));
        Assert.Equal(1, (await world.Confirmer.RunAsync(TestContext.Current.CancellationToken)).Deliveries);
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task Changes_confirmed_before_the_maximum_age_are_recorded_but_not_sent(string kind)
    {
        // An archive imported with a year of history: the confirmer's first run must not mail it all.
        await using var world = await AlertWorld.StartAsync(kind, postgres, Changed.AddHours(24 + 73));
        var document = await world.SeedAsync((AlertWorld.V1, Day1), (AlertWorld.V2, Changed));
        var org = await world.OrganisationAsync("Acme Compliance", Plan.Monitor);
        await world.FollowAsync(org, new NewSubscription(SubscriptionKind.Platform, document.PlatformId));
        await world.ChannelAsync(org, ChannelKind.Email, "legal@acme.test");

        var run = await world.Confirmer.RunAsync(TestContext.Current.CancellationToken);

        Assert.Equal((2, 0, 1), (run.Confirmations, run.Deliveries, run.TooOld));
        Assert.Equal(1, await world.CountAsync("SELECT COUNT(*) FROM confirmations WHERE alert = TRUE"));
        Assert.Empty(await world.DeliveriesAsync(org));
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task Filters_choose_the_organisations_told_and_what_they_are_told(string kind)
    {
        await using var world = await AlertWorld.StartAsync(kind, postgres, Now);
        var document = await world.SeedAsync((AlertWorld.V1, Day1), (AlertWorld.V2, Changed));
        await world.SeedAsync("Harbourline", "Privacy Policy", (AlertWorld.V1, Day1, VersionKinds.Change));
        var latest = (await world.Store.GetVersionsAsync(document.Id)).Single(v => v.Seq == 2).Id;
        var ids = (await world.Store.GetProvisionIdsAsync(latest))!;
        var provisions = Clauseline.Segmentation.ProvisionSplitter.Split(AlertWorld.V2).ToList();
        string Id(string start) => ids[provisions.FindIndex(p => p.Text.StartsWith(start, StringComparison.Ordinal))];
        var (accounts, arbitration, fees) = (Id("1.1 "), Id("2.1 "), Id("4.1 "));
        var platform = document.PlatformId;

        async Task<Organisation> Org(string name, Plan plan, params NewSubscription[] follows)
        {
            var org = await world.OrganisationAsync(name, plan);
            foreach (var follow in follows)
                await world.FollowAsync(org, follow);
            await world.ChannelAsync(org, ChannelKind.Email, $"legal@{name.ToLowerInvariant().Replace(' ', '-')}.test");
            return org;
        }

        var everything = await Org("Everything", Plan.Monitor, new NewSubscription(SubscriptionKind.Platform, platform));
        var disputes = await Org("Disputes", Plan.Monitor, new NewSubscription(SubscriptionKind.Platform, platform, Categories: ["arbitration"]));
        var refunds = await Org("Refunds", Plan.Monitor, new NewSubscription(SubscriptionKind.Platform, platform, Categories: ["refunds"]));
        var high = await Org("High", Plan.Monitor, new NewSubscription(SubscriptionKind.Platform, platform, MinExposure: ExposureLevel.High));
        var privacyOnly = await Org("Privacy Only", Plan.Monitor, new NewSubscription(SubscriptionKind.Platform, platform, DocumentTypes: ["privacy-policy"]));
        var feesClause = await Org("Fees Clause", Plan.Compliance, new NewSubscription(SubscriptionKind.Provision, DocumentId: document.Id, ProvisionId: fees));
        var accountsClause = await Org("Accounts Clause", Plan.Compliance, new NewSubscription(SubscriptionKind.Provision, DocumentId: document.Id, ProvisionId: accounts));
        var category = await Org("Category", Plan.Compliance,
            new NewSubscription(SubscriptionKind.Platform, platform, Categories: ["refunds"]), new NewSubscription(SubscriptionKind.Category, CategoryId: "arbitration"));
        var free = await Org("Free", Plan.Free, new NewSubscription(SubscriptionKind.Platform, platform));

        await world.Confirmer.RunAsync(TestContext.Current.CancellationToken);

        async Task<IReadOnlyList<string?>> Told(Organisation org) =>
            [.. (await world.DeliveriesAsync(org)).SelectMany(d => AlertPayload.Deserialize(d.Payload).Changes.SelectMany(c => c.Provisions.Select(p => p.ProvisionId))).Order()];

        Assert.Equal(new[] { arbitration, fees }.Order(), await Told(everything));
        Assert.Equal([arbitration], await Told(disputes));
        Assert.Empty(await Told(refunds));
        Assert.Equal([arbitration], await Told(high));
        Assert.Empty(await Told(privacyOnly));
        Assert.Equal([fees], await Told(feesClause));
        Assert.Empty(await Told(accountsClause));
        Assert.Equal([arbitration], await Told(category));
        Assert.Empty(await Told(free));
        var exposure = AlertPayload.Deserialize((await world.DeliveriesAsync(disputes))[0].Payload).Changes[0].Provisions[0].Exposure;
        Assert.Contains(exposure, e => e.CategoryId == "arbitration" && e.After == "High");
    }
}

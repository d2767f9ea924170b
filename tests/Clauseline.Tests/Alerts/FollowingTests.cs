using Clauseline.Accounts;
using Clauseline.Alerts.Channels;
using Clauseline.Alerts.Subscriptions;
using Clauseline.Tests.Infrastructure;

namespace Clauseline.Tests.Alerts;

/// <summary>The plan's limits, enforced by <see cref="Clauseline.Alerts.Following.Following"/> with one clear message each.</summary>
public sealed class FollowingTests(PostgresServer postgres)
{
    public static TheoryData<string> Databases => ["sqlite", "postgres"];

    private static readonly DateTimeOffset Day1 = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Theory, MemberData(nameof(Databases))]
    public async Task The_free_plan_follows_one_platform_and_says_so(string kind)
    {
        await using var world = await AlertWorld.StartAsync(kind, postgres, Day1);
        var harbourline = await world.SeedAsync("Harbourline", "Terms of Service", (AlertWorld.V1, Day1, "change"));
        var northwind = await world.SeedAsync("Northwind", "Terms of Service", (AlertWorld.V1, Day1, "change"));
        var org = await world.OrganisationAsync("Acme", Plan.Free);

        Assert.True((await world.Following.FollowAsync(org, new NewSubscription(SubscriptionKind.Platform, harbourline.PlatformId))).Succeeded);
        // Narrowing a platform already followed is not another platform.
        Assert.True((await world.Following.FollowAsync(org, new NewSubscription(SubscriptionKind.Platform, harbourline.PlatformId, Categories: ["arbitration"]))).Succeeded);
        var refused = await world.Following.FollowAsync(org, new NewSubscription(SubscriptionKind.Platform, northwind.PlatformId));

        Assert.False(refused.Succeeded);
        Assert.Equal("The Free plan follows 1 platform; you follow 1. Unfollow one or ask an administrator for the Monitor plan.", refused.Message);
        Assert.True((await world.Following.UnfollowPlatformAsync(org, harbourline.PlatformId)).Succeeded);
        Assert.True((await world.Following.FollowAsync(org, new NewSubscription(SubscriptionKind.Platform, northwind.PlatformId))).Succeeded);
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task Provisions_categories_and_webhooks_need_their_plans(string kind)
    {
        await using var world = await AlertWorld.StartAsync(kind, postgres, Day1);
        var document = await world.SeedAsync("Harbourline", "Terms of Service", (AlertWorld.V1, Day1, "change"));
        var monitor = await world.OrganisationAsync("Acme", Plan.Monitor);
        var free = await world.OrganisationAsync("Tiny", Plan.Free);

        var provision = await world.Following.FollowAsync(monitor, new NewSubscription(SubscriptionKind.Provision, DocumentId: document.Id, ProvisionId: "p1"));
        var category = await world.Following.FollowAsync(monitor, new NewSubscription(SubscriptionKind.Category, CategoryId: "arbitration"));
        var webhook = await world.Following.AddChannelAsync(free, ChannelKind.Webhook, "https://hooks.tiny.test/x");
        var unknown = await world.Following.FollowAsync(monitor, new NewSubscription(SubscriptionKind.Platform, document.PlatformId, Categories: ["no-such-thing"]));

        Assert.Equal("Following single provisions and categories across platforms is not part of the Monitor plan. Ask an administrator for the Compliance plan.", provision.Message);
        Assert.False(category.Succeeded);
        Assert.Equal("Webhook and Slack channels are not part of the Free plan. Ask an administrator for the Monitor plan.", webhook.Message);
        Assert.Equal("There is no category 'no-such-thing'.", unknown.Message);
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task Channels_are_limited_by_the_plan_and_a_webhook_secret_is_given_once(string kind)
    {
        await using var world = await AlertWorld.StartAsync(kind, postgres, Day1);
        var free = await world.OrganisationAsync("Tiny", Plan.Free);
        var monitor = await world.OrganisationAsync("Acme", Plan.Monitor);

        await world.ChannelAsync(free, ChannelKind.Email, "a@tiny.test");
        await world.ChannelAsync(free, ChannelKind.Email, "b@tiny.test");
        var third = await world.Following.AddChannelAsync(free, ChannelKind.Email, "c@tiny.test");
        var hook = await world.Following.AddChannelAsync(monitor, ChannelKind.Webhook, "https://hooks.acme.test/x");
        var bad = await world.Following.AddChannelAsync(monitor, ChannelKind.Email, "not an address");

        Assert.Equal("The Free plan allows 2 channels; you have 2. Disable one or ask an administrator for the Monitor plan.", third.Message);
        Assert.StartsWith("whsec_", hook.Secret, StringComparison.Ordinal);
        Assert.Equal(hook.Secret, hook.Channel!.Secret);
        Assert.False(bad.Succeeded);
        // The Free plan has no same-day alerts: its channels are for the digest.
        Assert.All(await world.Store.GetChannelsAsync(free.Id), c => Assert.False(c.SameDay));
    }
}

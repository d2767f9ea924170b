using Clauseline.Accounts;
using Clauseline.Alerts.Channels;
using Clauseline.Alerts.Digests;
using Clauseline.Alerts.Subscriptions;
using Clauseline.Archive;
using Clauseline.Tests.Infrastructure;

namespace Clauseline.Tests.Alerts;

/// <summary>
/// The weekly digest on SQLite and PostgreSQL, for an organisation in Paris on the Free plan following two
/// platforms that changed in the week of Monday 9 March 2026: grouped by platform, most severe first, due on the
/// Monday after at 08:00 Paris time, queued once, and nothing for an empty week unless asked.
/// </summary>
public sealed class DigestTests(PostgresServer postgres)
{
    public static TheoryData<string> Databases => ["sqlite", "postgres"];

    private static readonly DateOnly Week = new(2026, 3, 9);

    private static readonly DateTimeOffset Tuesday = new(2026, 3, 10, 9, 0, 0, TimeSpan.Zero);

    /// <summary>Monday 16 March, 08:30 in Paris (UTC+1).</summary>
    private static readonly DateTimeOffset DueMonday = new(2026, 3, 16, 7, 30, 0, TimeSpan.Zero);

    private static async Task<(AlertWorld World, Organisation Org, Channel Channel)> WeekAsync(string kind, PostgresServer postgres)
    {
        var world = await AlertWorld.StartAsync(kind, postgres, DueMonday.AddHours(-1));
        var fees = AlertWorld.V1.Replace("with 30 days' notice", "with 7 days' notice", StringComparison.Ordinal);
        // Northwind's change (prices only) is confirmed first and counts fewer provisions; Harbourline's touches arbitration.
        var northwind = await world.SeedAsync("Northwind", "Terms of Service", (AlertWorld.V1, Tuesday.AddDays(-30), VersionKinds.Change), (fees, Tuesday.AddHours(-2), VersionKinds.Change));
        var harbourline = await world.SeedAsync("Harbourline", "Terms of Service", (AlertWorld.V1, Tuesday.AddDays(-30), VersionKinds.Change), (AlertWorld.V2, Tuesday, VersionKinds.Change));
        var org = await world.OrganisationAsync("Acme Compliance", Plan.Free);
        await world.Store.SetTimeZoneAsync(org.Id, "Europe/Paris");
        var free = new PlanOptions();
        free.Free.MaxPlatforms = 2;
        var following = new Clauseline.Alerts.Following.Following(world.Store, free);
        Assert.True((await following.FollowAsync(org, new NewSubscription(SubscriptionKind.Platform, northwind.PlatformId))).Succeeded);
        Assert.True((await following.FollowAsync(org, new NewSubscription(SubscriptionKind.Platform, harbourline.PlatformId))).Succeeded);
        var channel = await world.ChannelAsync(org, ChannelKind.Email, "legal@acme.test");
        await world.Confirmer.RunAsync(TestContext.Current.CancellationToken);
        return (world, (await world.Store.GetOrganisationAsync(org.Id))!, channel);
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task The_digest_of_a_week_groups_by_platform_most_severe_first(string kind)
    {
        var (world, org, _) = await WeekAsync(kind, postgres);
        await using var _ = world;

        var digest = (await world.Digest.BuildAsync(org, Week, TestContext.Current.CancellationToken))!;

        Assert.Equal(["harbourline", "northwind"], digest.Changes.Select(c => c.PlatformSlug));
        Assert.Equal("high", digest.Changes[0].Severity);
        Assert.Equal("Clauseline digest, week of 9 March 2026: 2 changes on 2 platforms", digest.Subject);
        Assert.Equal("2026-03-09", digest.WeekStart);
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task An_empty_week_sends_nothing_unless_the_organisation_asked_for_it(string kind)
    {
        var (world, org, _) = await WeekAsync(kind, postgres);
        await using var _ = world;

        Assert.Null(await world.Digest.BuildAsync(org, Week.AddDays(-7), TestContext.Current.CancellationToken));
        Assert.Equal(0, await world.Digest.QueueWeekAsync(org, Week.AddDays(-7), TestContext.Current.CancellationToken));

        await world.Store.SetNoChangesDigestAsync(org.Id, true);
        var asked = (await world.Store.GetOrganisationAsync(org.Id))!;
        var digest = (await world.Digest.BuildAsync(asked, Week.AddDays(-7), TestContext.Current.CancellationToken))!;
        Assert.Empty(digest.Changes);
        Assert.EndsWith(": no changes", digest.Subject, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task The_digest_is_queued_once_on_monday_from_eight_in_the_organisations_time_zone(string kind)
    {
        var (world, org, channel) = await WeekAsync(kind, postgres);
        await using var _ = world;
        Assert.Equal(0, await world.Digest.QueueDueAsync(TestContext.Current.CancellationToken));

        world.Clock.SetUtcNow(DueMonday);
        Assert.Equal(1, await world.Digest.QueueDueAsync(TestContext.Current.CancellationToken));
        world.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(0, await world.Digest.QueueDueAsync(TestContext.Current.CancellationToken));

        var delivery = Assert.Single(await world.DeliveriesAsync(org));
        Assert.Equal(($"digest:{org.Id}:{channel.Id}:2026-03-09", "digest"), (delivery.IdempotencyKey, delivery.Kind));
        Assert.Equal(2, (await world.Store.GetDeliveryVersionIdsAsync(delivery.Id)).Count);
    }

    [Fact]
    public void The_due_week_follows_the_local_monday()
    {
        var paris = DigestWeeks.Zone("Europe/Paris");
        Assert.Equal((new DateOnly(2026, 3, 9), new DateTimeOffset(2026, 3, 16, 7, 0, 0, TimeSpan.Zero)), DigestWeeks.Due(DueMonday, paris, 8));
        Assert.Equal(new DateOnly(2026, 3, 2), DigestWeeks.Due(DueMonday.AddHours(-1), paris, 8).WeekStart);
        Assert.Equal((new DateTimeOffset(2026, 3, 8, 23, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 3, 15, 23, 0, 0, TimeSpan.Zero)), DigestWeeks.Bounds(Week, paris));
        Assert.Equal(TimeZoneInfo.Utc, DigestWeeks.Zone("Mars/Olympus"));
    }
}

using System.Globalization;
using System.Net;
using Clauseline.Accounts;
using Clauseline.Alerts.Channels;
using Clauseline.Alerts.Delivering;
using Clauseline.Alerts.Subscriptions;
using Clauseline.Tests.Infrastructure;
using Clauseline.Tests.Web;

namespace Clauseline.Tests.Api;

/// <summary>
/// The web counterpart of <see cref="TenantIsolationTests"/>: a member of organisation B, signed in, never sees or
/// changes organisation A's subscriptions, channels, deliveries, profile, keys or team through any member or
/// administration page. The routes are read from the running app (everything under <c>/app</c> and <c>/admin</c>);
/// a route with a parameter this test cannot fill from A's rows fails it until <see cref="IdOf"/> learns it.
/// </summary>
public sealed class WebTenantIsolationTests(PostgresServer postgres)
{
    public static TheoryData<string> Databases => ["sqlite", "postgres"];

    private const string Catalog = """
        { "name": "Northwind Cloud", "slug": "northwind-cloud", "website": "https://northwind.example/",
          "documents": [ { "type": "terms-of-service", "urls": ["https://northwind.example/legal/terms"] } ] }
        """;

    private sealed record OrganisationA(Organisation Organisation, User Owner, Subscription Subscription, Channel Channel, long Delivery, ApiKey Key);

    [Theory, MemberData(nameof(Databases))]
    public async Task A_member_of_b_can_neither_see_nor_change_organisation_a_through_any_member_page(string kind)
    {
        await using var app = await ServedApp.StartAsync(kind, postgres, Catalog);
        // A signs up first, so A's owner is the install's administrator and B's member is not.
        using var aSession = await WebSession.SignUpAsync(app, "anna@acme.example", "correct horse battery staple", "Acme Compliance");
        using var b = await WebSession.SignUpAsync(app, "bruno@beta.example", "another long passphrase here", "Beta Vendors");
        var a = await SeedAsync(app);
        var routes = AppRoutes.All(app.Services)
            .Where(r => r.Template.StartsWith("/app", StringComparison.Ordinal) || r.Template.StartsWith("/admin", StringComparison.Ordinal))
            .Where(r => r.Method is "GET" or "POST")
            .ToList();
        Assert.NotEmpty(routes);
        var before = await SnapshotAsync(app, a);

        foreach (var route in routes)
        {
            var url = Fill(route, a);
            var response = route.Method == "GET"
                ? await b.GetAsync(url)
                : await b.PostFormAsync(url, Fields(a));
            var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            foreach (var marker in Markers(a))
                Assert.False(body.Contains(marker, StringComparison.Ordinal), $"{route} ({url}) showed B something of A's: {marker}");
            if (url != route.Template || route.Template.StartsWith("/admin", StringComparison.Ordinal))
            {
                // One of A's rows by id, or an administrator's page: never a success for B.
                Assert.True(response.StatusCode is not (HttpStatusCode.OK or HttpStatusCode.Created or HttpStatusCode.NoContent),
                    $"{route} ({url}) answered B {(int)response.StatusCode}");
            }
            Assert.True(before == await SnapshotAsync(app, a), $"{route} ({url}) changed A's data for B");
            // Whatever B posted, B's pages still show B's organisation.
            var dashboard = await b.GetStringAsync("/app/subscriptions");
            Assert.DoesNotContain("Acme Compliance", dashboard, StringComparison.Ordinal);
        }
        // A session cookie is not an API key: the API answers a signed-in member without one as it answers anyone.
        Assert.Equal(HttpStatusCode.Unauthorized, (await b.GetAsync("/api/v1/subscriptions")).StatusCode);
    }

    private static async Task<OrganisationA> SeedAsync(ServedApp app)
    {
        var store = app.Store;
        var owner = (await store.FindUserAsync("anna@acme.example"))!;
        var organisation = (await store.GetOrganisationsOfUserAsync(owner.Id)).Single().Organisation;
        await store.SetPlanAsync(organisation.Id, Plan.Monitor);
        await store.SetOrganisationProfileAsync(organisation.Id, """{ "id": "acme-private-profile", "name": "Acme private profile", "audience": "business" }""");
        var platform = (await store.FindPlatformAsync("northwind-cloud"))!;
        var subscription = await store.AddSubscriptionAsync(organisation.Id, new NewSubscription(SubscriptionKind.Platform, platform.Id, MinExposure: Clauseline.Analysis.ExposureLevel.High));
        var channel = await store.AddChannelAsync(organisation.Id, ChannelKind.Webhook, "https://hooks.acme.example/clauseline", "whsec_acme", true, true, "unsubscribe-acme");
        var delivery = (await store.QueueDeliveryAsync(new NewDelivery(organisation.Id, channel.Id, "digest", "delivery-acme-1", "{}", [])))!.Value;
        var key = (await store.CreateApiKeyAsync(organisation.Id, "acme-automation-key", ApiKeyScope.ReadWrite, owner.Id)).Key;
        return new OrganisationA((await store.GetOrganisationAsync(organisation.Id))!, owner, subscription, channel, delivery, key);
    }

    /// <summary>The route with each parameter set to the id of A's row of the kind the route is about.</summary>
    private static string Fill(AppRoute route, OrganisationA a)
    {
        var url = route.Template;
        foreach (var parameter in route.Endpoint is RouteEndpoint e ? e.RoutePattern.Parameters : [])
        {
            var id = IdOf(route.Template, parameter.Name, a);
            Assert.True(id is not null, $"{route}: the tenant-isolation test does not know which of A's rows '{{{parameter.Name}}}' names; teach IdOf.");
            url = url.Replace($"{{{parameter.Name}}}", id, StringComparison.Ordinal);
        }
        return url;
    }

    private static string? IdOf(string template, string parameter, OrganisationA a)
    {
        string Text(long n) => n.ToString(CultureInfo.InvariantCulture);
        var about = template.Split('/', StringSplitOptions.RemoveEmptyEntries).Skip(1).FirstOrDefault() ?? "";
        return (about, parameter) switch
        {
            ("subscriptions", _) => Text(a.Subscription.Id),
            ("channels", _) => Text(a.Channel.Id),
            ("deliveries", _) => Text(a.Delivery),
            ("keys", _) => Text(a.Key.Id),
            ("team" or "members" or "users", _) => Text(a.Owner.Id),
            ("organisations" or "orgs", _) => Text(a.Organisation.Id),
            (_, "token") => a.Channel.UnsubscribeToken,
            // The archive is everyone's: its pages take a platform, not one of A's rows.
            ("catalog" or "platforms" or "documents", _) => "northwind-cloud",
            _ => null,
        };
    }

    /// <summary>What B posts to every form: each field that could name one of A's rows, set to it.</summary>
    private static (string, string)[] Fields(OrganisationA a)
    {
        string Text(long n) => n.ToString(CultureInfo.InvariantCulture);
        return
        [
            ("id", Text(a.Subscription.Id)), ("organisation", Text(a.Organisation.Id)), ("organisation_id", Text(a.Organisation.Id)),
            ("subscription", Text(a.Subscription.Id)), ("channel", Text(a.Channel.Id)), ("key", Text(a.Key.Id)), ("user", Text(a.Owner.Id)),
            ("user_id", Text(a.Owner.Id)), ("email", a.Owner.Email), ("role", "member"), ("plan", "compliance"),
        ];
    }

    /// <summary>Strings only A's data holds.</summary>
    private static IEnumerable<string> Markers(OrganisationA a) =>
        [a.Organisation.Name, a.Organisation.FeedToken, "acme-private-profile", "Acme private profile", "hooks.acme.example", "whsec_acme",
         "unsubscribe-acme", "delivery-acme-1", "acme-automation-key", a.Key.Prefix, a.Owner.Email];

    /// <summary>Everything of A's that B might change, as one comparable string.</summary>
    private static async Task<string> SnapshotAsync(ServedApp app, OrganisationA a)
    {
        var store = app.Store;
        var organisation = (await store.GetOrganisationAsync(a.Organisation.Id))!;
        var subscriptions = await store.GetSubscriptionsAsync(organisation.Id);
        var channels = await store.GetChannelsAsync(organisation.Id);
        var keys = await store.GetApiKeysAsync(organisation.Id);
        var deliveries = await store.GetDeliveriesAsync(organisation.Id);
        var members = await store.GetMembersAsync(organisation.Id);
        return string.Join('\n',
            $"{organisation.Name} {organisation.Plan} {organisation.TimeZone} {organisation.ProfileJson} {organisation.NoChangesDigest} {organisation.FeedToken}",
            string.Join(',', subscriptions.Select(s => $"{s.Id}:{s.Kind}:{s.PlatformId}:{s.MinExposure}")),
            string.Join(',', channels.Select(c => $"{c.Id}:{c.Target}:{c.Enabled}:{c.SameDay}:{c.Digest}")),
            string.Join(',', keys.Select(k => $"{k.Id}:{k.Scope}:{k.RevokedAt}")),
            string.Join(',', deliveries.Select(d => $"{d.Delivery.Id}:{d.Delivery.Status}:{d.Delivery.Attempts}")),
            string.Join(',', members.Select(m => $"{m.User.Id}:{m.Role}")));
    }
}

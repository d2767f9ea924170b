using System.Net;
using Clauseline.Tests.Infrastructure;

namespace Clauseline.Tests.Api;

/// <summary>
/// Organisation B's key never sees or changes organisation A's subscriptions, deliveries, channels, profile or keys
/// through any route of <c>/api/v1</c>. The routes are read from the running app: a route this test does not know
/// fails it until it is added to <see cref="Routes"/> with what B may and may not get from it.
/// </summary>
public sealed class TenantIsolationTests(PostgresServer postgres)
{
    public static TheoryData<string> Databases => ["sqlite", "postgres"];

    /// <summary>How to call each route as B, and what must hold of the answer.</summary>
    private enum Check
    {
        /// <summary>The archive, the same for everyone: the answer must hold nothing of A's.</summary>
        Public,

        /// <summary>A list of the caller's own rows: none of A's may be in it.</summary>
        OwnList,

        /// <summary>One of A's rows by its id: 404, as if it did not exist.</summary>
        OthersRow,

        /// <summary>Adding a row: it is B's, and A's rows are as they were.</summary>
        OwnCreate,
    }

    private static readonly Dictionary<string, Check> Routes = new(StringComparer.Ordinal)
    {
        ["GET /api/v1/platforms"] = Check.Public,
        ["GET /api/v1/platforms/{slug}"] = Check.Public,
        ["GET /api/v1/platforms/{slug}/documents"] = Check.Public,
        ["GET /api/v1/platforms/{slug}/documents/{type}"] = Check.Public,
        ["GET /api/v1/platforms/{slug}/documents/{type}/versions"] = Check.Public,
        ["GET /api/v1/versions/{id}"] = Check.Public,
        ["GET /api/v1/platforms/{slug}/documents/{type}/changes"] = Check.Public,
        ["GET /api/v1/platforms/{slug}/documents/{type}/changes/{versionId}"] = Check.Public,
        ["GET /api/v1/platforms/{slug}/documents/{type}/provisions"] = Check.Public,
        ["GET /api/v1/platforms/{slug}/documents/{type}/provisions/{provisionId}"] = Check.Public,
        ["GET /api/v1/categories"] = Check.Public,
        ["GET /api/v1/categories/{id}"] = Check.Public,
        ["GET /api/v1/categories/{id}/provisions"] = Check.Public,
        ["GET /api/v1/compare"] = Check.Public,
        ["GET /api/v1/subscriptions"] = Check.OwnList,
        ["GET /api/v1/subscriptions/{id}"] = Check.OthersRow,
        ["POST /api/v1/subscriptions"] = Check.OwnCreate,
        ["DELETE /api/v1/subscriptions/{id}"] = Check.OthersRow,
        ["GET /api/v1/deliveries"] = Check.OwnList,
        ["GET /api/v1/deliveries/{id}"] = Check.OthersRow,
    };

    [Theory, MemberData(nameof(Databases))]
    public async Task Organisation_b_can_neither_see_nor_change_organisation_a_through_any_api_route(string kind)
    {
        await using var world = await ApiWorld.StartAsync(kind, postgres);
        // A's profile is private to A: B's answers must not be rated with it.
        await world.App.Store.SetOrganisationProfileAsync(world.A.Id, """{ "id": "acme-private-profile", "audience": "business" }""");
        var a = world.Client(world.AReadKey);
        var b = world.Client(world.BWriteKey);
        var routes = AppRoutes.Under(world.App.Services, "/api/v1").Where(r => r.Method != "*").ToList();
        var unknown = routes.Select(r => r.ToString()).Where(r => !Routes.ContainsKey(r)).ToList();
        Assert.True(unknown.Count == 0, $"Routes without a tenant-isolation check: {string.Join(", ", unknown)}. Add each to TenantIsolationTests.Routes.");
        var before = await SnapshotAsync(world);

        foreach (var route in routes)
        {
            var url = await UrlAsync(world, route);
            // A reads first, so a cache that kept A's answer would hand it to B.
            if (route.Method == "GET")
                Assert.Equal(HttpStatusCode.OK, (await a.ReadAsync(url)).Status);
            var response = route.Method switch
            {
                "GET" => await b.ReadAsync(url),
                "DELETE" => await b.RemoveAsync(url),
                "POST" => await b.PostJsonAsync(url, """{ "kind": "platform", "platform": "bluefin-hosting" }"""),
                _ => throw new InvalidOperationException($"{route}: no way to call it"),
            };
            foreach (var marker in Markers(world))
                Assert.False(response.Body.Contains(marker, StringComparison.Ordinal), $"{route} ({url}) showed B something of A's: {marker}");
            switch (Routes[route.ToString()])
            {
                case Check.Public:
                    Assert.True(response.Status == HttpStatusCode.OK, $"{route} ({url}) answered {response.Status}");
                    break;
                case Check.OwnList:
                    Assert.True(response.Status == HttpStatusCode.OK, $"{route} answered {response.Status}");
                    Assert.DoesNotContain(response.Items, i => OwnedByA(world, i.GetProperty("id").GetInt64(), route));
                    break;
                case Check.OthersRow:
                    Assert.True(response.Status == HttpStatusCode.NotFound, $"{route} ({url}) answered {response.Status} for A's row, not 404");
                    ApiCalls.AssertProblem(response, HttpStatusCode.NotFound);
                    break;
                case Check.OwnCreate:
                    Assert.True(response.Status == HttpStatusCode.Created, $"{route} answered {response.Status}");
                    Assert.Contains(await world.App.Store.GetSubscriptionsAsync(world.B.Id), s => s.Id == response["id"].GetInt64());
                    break;
            }
            Assert.Equal(before, await SnapshotAsync(world));
        }
    }

    /// <summary>The route with its parameters filled from A's rows where it has any, else from the archive.</summary>
    private static async Task<string> UrlAsync(ApiWorld world, AppRoute route)
    {
        var provision = (await world.Client(world.AReadKey).ReadAsync("/api/v1/platforms/northwind-cloud/documents/terms-of-service/provisions?limit=200"))
            .Items.First(p => p.GetProperty("categories").GetArrayLength() > 0).GetProperty("id").GetString()!;
        var id = route.Template switch
        {
            var t when t.StartsWith("/api/v1/subscriptions", StringComparison.Ordinal) => world.ASubscription.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            var t when t.StartsWith("/api/v1/deliveries", StringComparison.Ordinal) => world.ADelivery.ToString(System.Globalization.CultureInfo.InvariantCulture),
            var t when t.StartsWith("/api/v1/versions", StringComparison.Ordinal) => world.ChangeVersionId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            _ => "arbitration",
        };
        var url = route.Template
            .Replace("{slug}", "northwind-cloud", StringComparison.Ordinal)
            .Replace("{type}", "terms-of-service", StringComparison.Ordinal)
            .Replace("{versionId}", world.ChangeVersionId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{provisionId}", provision, StringComparison.Ordinal)
            .Replace("{id}", id, StringComparison.Ordinal);
        Assert.DoesNotContain("{", url, StringComparison.Ordinal);
        return route.Template == "/api/v1/compare" ? url + "?platforms=northwind-cloud,bluefin-hosting" : url;
    }

    private static bool OwnedByA(ApiWorld world, long id, AppRoute route) =>
        route.Template.Contains("subscriptions", StringComparison.Ordinal) ? id == world.ASubscription.Id : id == world.ADelivery;

    /// <summary>Strings only A's data holds: its name, slug, feed token, profile, channel, delivery and key prefixes.</summary>
    private static IEnumerable<string> Markers(ApiWorld world) =>
        [world.A.Name, world.A.Slug, world.A.FeedToken, "acme-private-profile", "hooks.acme.example", "whsec_test", "delivery-a-1",
         world.AWriteKey.Split('_')[1], world.AReadKey.Split('_')[1]];

    /// <summary>Everything of A's that B might change, as one comparable string.</summary>
    private static async Task<string> SnapshotAsync(ApiWorld world)
    {
        var store = world.App.Store;
        var a = (await store.GetOrganisationAsync(world.A.Id))!;
        var subscriptions = await store.GetSubscriptionsAsync(a.Id);
        var channels = await store.GetChannelsAsync(a.Id);
        var keys = await store.GetApiKeysAsync(a.Id);
        var deliveries = await store.GetDeliveriesAsync(a.Id);
        return string.Join('\n',
            $"{a.Name} {a.Plan} {a.TimeZone} {a.ProfileJson} {a.NoChangesDigest} {a.FeedToken}",
            string.Join(',', subscriptions.Select(s => $"{s.Id}:{s.Kind}:{s.PlatformId}:{s.MinExposure}")),
            string.Join(',', channels.Select(c => $"{c.Id}:{c.Target}:{c.Enabled}:{c.SameDay}:{c.Digest}")),
            string.Join(',', keys.Select(k => $"{k.Id}:{k.Scope}:{k.RevokedAt}")),
            string.Join(',', deliveries.Select(d => $"{d.Delivery.Id}:{d.Delivery.Status}:{d.Delivery.Attempts}")));
    }
}

using System.Net;
using Clauseline.Accounts;
using Clauseline.Alerts.Following;
using Clauseline.Alerts.Subscriptions;
using Clauseline.Tests.Infrastructure;

namespace Clauseline.Tests.Api;

/// <summary>Each resource of <c>/api/v1</c> answers with its documented shape, in snake_case, for a valid key.</summary>
public sealed class ApiEndpointsTests(PostgresServer postgres)
{
    public static TheoryData<string> Databases => ["sqlite", "postgres"];

    private const string Terms = "/api/v1/platforms/northwind-cloud/documents/terms-of-service";

    [Theory, MemberData(nameof(Databases))]
    public async Task Platforms_and_their_documents_are_listed_and_read(string kind)
    {
        await using var world = await ApiWorld.StartAsync(kind, postgres);
        var api = world.Client(world.AReadKey);

        var platforms = await api.ReadAsync("/api/v1/platforms");
        var platform = await api.ReadAsync("/api/v1/platforms/bluefin-hosting");
        var documents = await api.ReadAsync("/api/v1/platforms/northwind-cloud/documents");
        var document = await api.ReadAsync(Terms);

        Assert.Equal(["bluefin-hosting", "northwind-cloud"], platforms.Items.Select(p => p.GetProperty("slug").GetString()));
        Assert.Null(platforms.Next);
        Assert.Equal("Bluefin Hosting", platform["name"].GetString());
        Assert.Equal("/api/v1/platforms/bluefin-hosting/documents", platform["documents_url"].GetString());
        Assert.Equal("terms-of-service", Assert.Single(documents.Items).GetProperty("type").GetString());
        Assert.Equal(world.ChangeVersionId, document["latest"].GetProperty("id").GetInt64());
        Assert.Equal(2, document["latest"].GetProperty("seq").GetInt32());
        Assert.Equal(Terms + "/changes", document["changes_url"].GetString());
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task Versions_are_listed_newest_first_with_their_chain_hashes_and_give_their_text_only_on_request(string kind)
    {
        await using var world = await ApiWorld.StartAsync(kind, postgres);
        var api = world.Client(world.AReadKey);

        var versions = await api.ReadAsync(Terms + "/versions");
        var brief = await api.ReadAsync($"/api/v1/versions/{world.ChangeVersionId}");
        var full = await api.ReadAsync($"/api/v1/versions/{world.ChangeVersionId}?include=text");

        var stored = (await world.App.Store.GetVersionAsync(world.ChangeVersionId))!;
        Assert.Equal([2, 1], versions.Items.Select(v => v.GetProperty("seq").GetInt32()));
        Assert.Equal(stored.ChainHash, versions.Items[0].GetProperty("chain_hash").GetString());
        Assert.Equal(stored.TextSha256, versions.Items[0].GetProperty("text_sha256").GetString());
        Assert.Equal("initial", versions.Items[1].GetProperty("kind").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, brief["text"].ValueKind);
        Assert.Equal(stored.Text, full["text"].GetString());
        Assert.Equal(stored.RecordedAt, full["recorded_at"].GetDateTimeOffset());
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task A_change_carries_its_status_flags_headline_and_provision_summaries(string kind)
    {
        await using var world = await ApiWorld.StartAsync(kind, postgres);
        var api = world.Client(world.AReadKey);

        var changes = await api.ReadAsync(Terms + "/changes");
        var change = await api.ReadAsync($"{Terms}/changes/{world.ChangeVersionId}");

        var listed = Assert.Single(changes.Items);
        Assert.Equal(world.ChangeVersionId, listed.GetProperty("version_id").GetInt64());
        Assert.Equal("confirmed", listed.GetProperty("status").GetString());
        Assert.False(listed.GetProperty("flip_back").GetBoolean());
        Assert.True(listed.GetProperty("alert").GetBoolean());
        Assert.Equal("substantive", listed.GetProperty("significance").GetString());
        Assert.False(string.IsNullOrEmpty(listed.GetProperty("headline").GetString()));
        var provision = Assert.Single(change["provisions"].EnumerateArray());
        Assert.Equal("modified", provision.GetProperty("kind").GetString());
        Assert.Contains("30", provision.GetProperty("old_text").GetString(), StringComparison.Ordinal);
        Assert.Contains("7 days", provision.GetProperty("new_text").GetString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(provision.GetProperty("summary").GetString()));
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task Provisions_of_the_latest_version_are_listed_and_one_is_rated_for_the_callers_profile(string kind)
    {
        await using var world = await ApiWorld.StartAsync(kind, postgres);
        await world.App.Store.SetOrganisationProfileAsync(world.A.Id, """{ "id": "acme", "audience": "business", "jurisdictions": ["eu"] }""");
        var api = world.Client(world.AReadKey);

        var provisions = await api.ReadAsync(Terms + "/provisions?limit=200");
        var arbitration = provisions.Items.Single(p => p.GetProperty("text").GetString()!.StartsWith("2.1 Any dispute", StringComparison.Ordinal));
        var one = await api.ReadAsync(arbitration.GetProperty("url").GetString()!);

        Assert.Contains(provisions.Items, p => p.GetProperty("kind").GetString() == "heading");
        Assert.Contains("arbitration", arbitration.GetProperty("categories").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal("acme", one["profile"].GetString());
        var rated = one["categories"].EnumerateArray().Single(c => c.GetProperty("category").GetString() == "arbitration");
        Assert.Contains(rated.GetProperty("exposure").GetProperty("level").GetString(), new[] { "low", "medium", "high" });
        Assert.NotEmpty(rated.GetProperty("exposure").GetProperty("drivers").EnumerateArray());
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task Categories_their_provisions_and_a_comparison_of_two_platforms_are_read(string kind)
    {
        await using var world = await ApiWorld.StartAsync(kind, postgres);
        var api = world.Client(world.AReadKey);

        var categories = await api.ReadAsync("/api/v1/categories?limit=200");
        var arbitration = await api.ReadAsync("/api/v1/categories/arbitration");
        var inCategory = await api.ReadAsync("/api/v1/categories/arbitration/provisions");
        var compared = await api.ReadAsync("/api/v1/compare?platforms=northwind-cloud,bluefin-hosting&category=arbitration");

        Assert.Equal(Clauseline.Analysis.Taxonomy.Default.Categories.Count, categories.Items.Count);
        Assert.Equal("Arbitration", arbitration["name"].GetString());
        Assert.Equal(["bluefin-hosting", "northwind-cloud"], inCategory.Items.Select(p => p.GetProperty("platform").GetString()).Order());
        Assert.Equal(["northwind-cloud", "bluefin-hosting"], compared["platforms"].EnumerateArray().Select(p => p.GetString()));
        var row = Assert.Single(compared["rows"].EnumerateArray());
        Assert.Equal("arbitration", row.GetProperty("category").GetString());
        Assert.All(row.GetProperty("cells").EnumerateArray(), cell => Assert.NotEmpty(cell.GetProperty("provisions").EnumerateArray()));
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task Subscriptions_are_listed_added_and_removed_with_a_read_write_key(string kind)
    {
        await using var world = await ApiWorld.StartAsync(kind, postgres);
        var api = world.Client(world.AWriteKey);

        var created = await api.PostJsonAsync("/api/v1/subscriptions", """{ "kind": "platform", "platform": "bluefin-hosting", "min_exposure": "high" }""");
        var listed = await api.ReadAsync("/api/v1/subscriptions");
        var id = created["id"].GetInt64();
        var deleted = await api.RemoveAsync($"/api/v1/subscriptions/{id}");
        var gone = await api.ReadAsync($"/api/v1/subscriptions/{id}");

        Assert.Equal(HttpStatusCode.Created, created.Status);
        Assert.Equal($"/api/v1/subscriptions/{id}", created.Message.Headers.Location?.OriginalString);
        Assert.Equal("bluefin-hosting", created["platform"].GetString());
        Assert.Equal("high", created["min_exposure"].GetString());
        Assert.Equal([world.ASubscription.Id, id], listed.Items.Select(s => s.GetProperty("id").GetInt64()));
        Assert.Equal(HttpStatusCode.NoContent, deleted.Status);
        ApiCalls.AssertProblem(gone, HttpStatusCode.NotFound);
        Assert.Equal([world.ASubscription.Id], (await world.App.Store.GetSubscriptionsAsync(world.A.Id)).Select(s => s.Id));
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task A_plan_limit_is_refused_with_the_message_the_web_gives(string kind)
    {
        await using var world = await ApiWorld.StartAsync(kind, postgres);
        var api = world.Client(world.BWriteKey);
        var following = (Following)world.App.Services.GetService(typeof(Following))!;
        var bluefin = (await world.App.Store.FindPlatformAsync("bluefin-hosting"))!;

        var first = await api.PostJsonAsync("/api/v1/subscriptions", """{ "kind": "platform", "platform": "northwind-cloud" }""");
        var second = await api.PostJsonAsync("/api/v1/subscriptions", """{ "kind": "platform", "platform": "bluefin-hosting" }""");
        var direct = await following.FollowAsync(world.B, new NewSubscription(SubscriptionKind.Platform, bluefin.Id), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Created, first.Status);
        var detail = ApiCalls.AssertProblem(second, HttpStatusCode.Conflict);
        Assert.False(direct.Succeeded);
        Assert.Equal(direct.Message, detail);
        Assert.Contains(Plan.Free.Name(), detail, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task Deliveries_are_listed_newest_first_with_every_attempt(string kind)
    {
        await using var world = await ApiWorld.StartAsync(kind, postgres);
        var api = world.Client(world.AReadKey);

        var deliveries = await api.ReadAsync("/api/v1/deliveries");
        var one = await api.ReadAsync($"/api/v1/deliveries/{world.ADelivery}");

        var listed = Assert.Single(deliveries.Items);
        Assert.Equal(world.ADelivery, listed.GetProperty("id").GetInt64());
        Assert.Equal("delivery-a-1", listed.GetProperty("idempotency_key").GetString());
        Assert.Equal("pending", listed.GetProperty("status").GetString());
        Assert.Equal("webhook", listed.GetProperty("channel").GetProperty("kind").GetString());
        var attempt = Assert.Single(one["attempts"].EnumerateArray());
        Assert.False(attempt.GetProperty("succeeded").GetBoolean());
        Assert.Equal(503, attempt.GetProperty("status_code").GetInt32());
        Assert.Equal("the receiver was unavailable", attempt.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task The_x_api_key_header_is_accepted_as_well_as_a_bearer_token()
    {
        await using var world = await ApiWorld.StartAsync("sqlite", postgres);
        var api = world.Client(null);
        api.DefaultRequestHeaders.Add("X-Api-Key", world.AReadKey);

        var platforms = await api.ReadAsync("/api/v1/platforms");

        Assert.Equal(HttpStatusCode.OK, platforms.Status);
        Assert.Equal("application/json", platforms.ContentType);
    }
}

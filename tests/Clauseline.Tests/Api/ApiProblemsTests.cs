using System.Net;
using Clauseline.Tests.Infrastructure;

namespace Clauseline.Tests.Api;

/// <summary>Every refusal of the API is a problem detail (RFC 9457): no key, a bad key, a read-only key writing, nothing there, a bad request, too many requests.</summary>
public sealed class ApiProblemsTests(PostgresServer postgres)
{
    [Fact]
    public async Task Without_a_key_the_api_answers_401_with_a_bearer_challenge()
    {
        await using var world = await ApiWorld.StartAsync("sqlite", postgres);

        var response = await world.Client(null).ReadAsync("/api/v1/platforms");

        var detail = ApiCalls.AssertProblem(response, HttpStatusCode.Unauthorized);
        Assert.Contains("X-Api-Key", detail, StringComparison.Ordinal);
        Assert.Equal("Bearer", response.Message.Headers.WwwAuthenticate.Single().Scheme);
    }

    [Fact]
    public async Task A_revoked_unknown_or_malformed_key_is_401()
    {
        await using var world = await ApiWorld.StartAsync("sqlite", postgres);
        var unknown = world.AReadKey[..^4] + "zzzz";

        foreach (var key in new[] { world.ARevokedKey, unknown, "not-a-key" })
        {
            var response = await world.Client(key).ReadAsync("/api/v1/subscriptions");
            var detail = ApiCalls.AssertProblem(response, HttpStatusCode.Unauthorized);
            Assert.Contains("not valid", detail, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_read_only_key_cannot_add_or_remove_a_subscription()
    {
        await using var world = await ApiWorld.StartAsync("sqlite", postgres);
        var api = world.Client(world.AReadKey);

        var added = await api.PostJsonAsync("/api/v1/subscriptions", """{ "kind": "platform", "platform": "bluefin-hosting" }""");
        var removed = await api.RemoveAsync($"/api/v1/subscriptions/{world.ASubscription.Id}");

        Assert.Contains("read-only", ApiCalls.AssertProblem(added, HttpStatusCode.Forbidden), StringComparison.Ordinal);
        ApiCalls.AssertProblem(removed, HttpStatusCode.Forbidden);
        Assert.Equal([world.ASubscription.Id], (await world.App.Store.GetSubscriptionsAsync(world.A.Id)).Select(s => s.Id));
    }

    [Fact]
    public async Task Something_that_does_not_exist_is_a_404_problem()
    {
        await using var world = await ApiWorld.StartAsync("sqlite", postgres);
        var api = world.Client(world.AReadKey);

        Assert.Contains("'nowhere'", ApiCalls.AssertProblem(await api.ReadAsync("/api/v1/platforms/nowhere"), HttpStatusCode.NotFound), StringComparison.Ordinal);
        ApiCalls.AssertProblem(await api.ReadAsync("/api/v1/platforms/northwind-cloud/documents/sla/changes"), HttpStatusCode.NotFound);
        ApiCalls.AssertProblem(await api.ReadAsync("/api/v1/versions/999999"), HttpStatusCode.NotFound);
        ApiCalls.AssertProblem(await api.ReadAsync("/api/v1/no-such-resource"), HttpStatusCode.NotFound);
        ApiCalls.AssertProblem(await world.Client(null).ReadAsync("/api/v2/platforms"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_malformed_request_is_a_400_problem()
    {
        await using var world = await ApiWorld.StartAsync("sqlite", postgres);
        var api = world.Client(world.AWriteKey);

        var kind = await api.PostJsonAsync("/api/v1/subscriptions", """{ "kind": "everything" }""");
        var json = await api.PostJsonAsync("/api/v1/subscriptions", """{ "kind": """);
        var compare = await api.ReadAsync("/api/v1/compare?platforms=northwind-cloud");
        var include = await api.ReadAsync($"/api/v1/versions/{world.ChangeVersionId}?include=snapshots");

        Assert.Contains("'everything'", ApiCalls.AssertProblem(kind, HttpStatusCode.BadRequest), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, json.Status);
        Assert.Equal("application/problem+json", json.ContentType);
        ApiCalls.AssertProblem(compare, HttpStatusCode.BadRequest);
        ApiCalls.AssertProblem(include, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Past_the_rate_limit_a_key_gets_429_with_retry_after_while_another_key_goes_on()
    {
        await using var world = await ApiWorld.StartAsync("sqlite", postgres, "--Api:RateLimit:PermitsPerMinute=3");
        var a = world.Client(world.AReadKey);
        var b = world.Client(world.BWriteKey);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
            statuses.Add((await a.ReadAsync("/api/v1/platforms")).Status);
        var refused = await a.ReadAsync("/api/v1/categories");
        var other = await b.ReadAsync("/api/v1/platforms");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        ApiCalls.AssertProblem(refused, HttpStatusCode.TooManyRequests);
        var retryAfter = refused.Message.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value.TotalSeconds, 1, 60);
        Assert.Equal(HttpStatusCode.OK, other.Status);
    }

    [Fact]
    public async Task With_the_rate_limit_off_nothing_is_refused()
    {
        await using var world = await ApiWorld.StartAsync("sqlite", postgres, "--Api:RateLimit:PermitsPerMinute=1", "--Api:RateLimit:Enabled=false");
        var api = world.Client(world.AReadKey);

        for (var i = 0; i < 5; i++)
            Assert.Equal(HttpStatusCode.OK, (await api.ReadAsync("/api/v1/platforms")).Status);
    }
}

using System.Net;
using Clauseline.Tests.Infrastructure;

namespace Clauseline.Tests.Api;

/// <summary>Lists come in pages of <c>?limit=</c> items with a <c>next</c> link that carries on where the page stopped.</summary>
public sealed class ApiPaginationTests(PostgresServer postgres)
{
    public static TheoryData<string> Databases => ["sqlite", "postgres"];

    [Theory, MemberData(nameof(Databases))]
    public async Task Following_the_next_links_reads_every_item_once(string kind)
    {
        await using var world = await ApiWorld.StartAsync(kind, postgres);
        var api = world.Client(world.AReadKey);

        var seen = new List<string>();
        var pages = 0;
        for (string? next = "/api/v1/categories?limit=7"; next is not null; pages++)
        {
            var page = await api.ReadAsync(next);
            Assert.Equal(HttpStatusCode.OK, page.Status);
            Assert.True(page.Items.Count <= 7);
            seen.AddRange(page.Items.Select(c => c.GetProperty("id").GetString()!));
            next = page.Next;
        }

        var all = Clauseline.Analysis.Taxonomy.Default.Categories.Select(c => c.Id).ToList();
        Assert.Equal(all, seen);
        Assert.Equal((all.Count + 6) / 7, pages);
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task Versions_and_deliveries_are_paged_by_key_in_the_database(string kind)
    {
        await using var world = await ApiWorld.StartAsync(kind, postgres);
        var api = world.Client(world.AReadKey);

        var first = await api.ReadAsync("/api/v1/platforms/northwind-cloud/documents/terms-of-service/versions?limit=1");
        var second = await api.ReadAsync(first.Next!);
        var deliveries = await api.ReadAsync("/api/v1/deliveries?limit=1");

        Assert.Equal(2, first.Items.Single().GetProperty("seq").GetInt32());
        Assert.StartsWith("/api/v1/platforms/northwind-cloud/documents/terms-of-service/versions?limit=1&cursor=", first.Next, StringComparison.Ordinal);
        Assert.Equal(1, second.Items.Single().GetProperty("seq").GetInt32());
        Assert.Null(second.Next);
        Assert.Single(deliveries.Items);
        Assert.Null(deliveries.Next);
    }

    [Fact]
    public async Task The_next_link_keeps_the_other_query_parameters()
    {
        await using var world = await ApiWorld.StartAsync("sqlite", postgres);
        var api = world.Client(world.AReadKey);

        var page = await api.ReadAsync("/api/v1/platforms?limit=1&note=kept");
        var rest = await api.ReadAsync(page.Next!);

        Assert.Equal("bluefin-hosting", page.Items.Single().GetProperty("slug").GetString());
        Assert.Contains("note=kept", page.Next, StringComparison.Ordinal);
        Assert.Equal("northwind-cloud", rest.Items.Single().GetProperty("slug").GetString());
        Assert.Null(rest.Next);
    }

    [Theory]
    [InlineData("limit=0")]
    [InlineData("limit=201")]
    [InlineData("limit=ten")]
    [InlineData("cursor=%%%")]
    public async Task A_limit_out_of_range_or_a_cursor_the_api_never_gave_is_a_400_problem(string query)
    {
        await using var world = await ApiWorld.StartAsync("sqlite", postgres);
        var api = world.Client(world.AReadKey);

        var response = await api.ReadAsync($"/api/v1/platforms?{query}");

        var detail = ApiCalls.AssertProblem(response, HttpStatusCode.BadRequest);
        Assert.Contains(query.Split('=')[0], detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/v1/platforms/northwind-cloud/documents/terms-of-service/versions")]
    [InlineData("/api/v1/deliveries")]
    public async Task A_cursor_of_another_list_is_refused_rather_than_starting_again(string list)
    {
        await using var world = await ApiWorld.StartAsync("sqlite", postgres);
        var api = world.Client(world.AReadKey);
        var slug = (await api.ReadAsync("/api/v1/platforms?limit=1")).Next!.Split("cursor=")[1];

        var response = await api.ReadAsync($"{list}?cursor={slug}");

        Assert.Contains("cursor", ApiCalls.AssertProblem(response, HttpStatusCode.BadRequest), StringComparison.Ordinal);
    }
}

using System.Net;
using System.Text.Json;
using Clauseline.Tests.Infrastructure;

namespace Clauseline.Tests.Api;

/// <summary>The OpenAPI document describes every route under <c>/api/v1</c>, as the app maps them, with its summary, responses and the API-key schemes.</summary>
public sealed class OpenApiDocumentTests(PostgresServer postgres)
{
    [Fact]
    public async Task The_document_lists_every_api_route_the_app_maps_with_a_summary_responses_and_security()
    {
        await using var world = await ApiWorld.StartAsync("sqlite", postgres);

        var response = await world.Client(null).ReadAsync("/openapi/v1.json");
        var routes = AppRoutes.Under(world.App.Services, "/api/v1").Where(r => r.Method != "*").ToList();

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.StartsWith("3.", response["openapi"].GetString(), StringComparison.Ordinal);
        var paths = response["paths"];
        Assert.True(routes.Count >= 15, $"only {routes.Count} API routes were found");
        foreach (var route in routes)
        {
            Assert.True(paths.TryGetProperty(route.Template, out var path), $"{route} is not in /openapi/v1.json");
            Assert.True(path.TryGetProperty(route.Method.ToLowerInvariant(), out var operation), $"{route} is not in /openapi/v1.json");
            Assert.False(string.IsNullOrWhiteSpace(operation.GetProperty("summary").GetString()), $"{route} has no summary");
            Assert.False(string.IsNullOrWhiteSpace(operation.GetProperty("operationId").GetString()), $"{route} has no operation id");
            var responses = operation.GetProperty("responses");
            Assert.True(responses.TryGetProperty("401", out _), $"{route} does not document 401");
            Assert.True(responses.TryGetProperty("429", out _), $"{route} does not document 429");
            Assert.Contains(responses.EnumerateObject(), r => r.Name.StartsWith('2'));
            var schemes = operation.GetProperty("security").EnumerateArray().SelectMany(s => s.EnumerateObject().Select(p => p.Name)).ToList();
            Assert.Equal(["api-key-header", "bearer"], schemes.Order());
        }
        // Nothing but the API is documented, and nothing documented is missing from the app.
        var documented = paths.EnumerateObject().SelectMany(p => p.Value.EnumerateObject().Select(o => $"{o.Name.ToUpperInvariant()} {p.Name}")).ToList();
        Assert.Equal(routes.Select(r => r.ToString()).Order(), documented.Order());
    }

    [Fact]
    public async Task The_schemes_lists_and_problem_details_are_described()
    {
        await using var world = await ApiWorld.StartAsync("sqlite", postgres);

        var document = await world.Client(null).ReadAsync("/openapi/v1.json");

        var schemes = document["components"].GetProperty("securitySchemes");
        Assert.Equal("bearer", schemes.GetProperty("bearer").GetProperty("scheme").GetString());
        Assert.Equal("X-Api-Key", schemes.GetProperty("api-key-header").GetProperty("name").GetString());
        var list = document["paths"].GetProperty("/api/v1/platforms").GetProperty("get");
        Assert.Equal(["cursor", "limit"], list.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).Order());
        var ok = list.GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("schema");
        Assert.Contains("\"next\"", JsonSerializer.Serialize(Resolve(document.Json, ok)), StringComparison.Ordinal);
        var notFound = document["paths"].GetProperty("/api/v1/platforms/{slug}").GetProperty("get").GetProperty("responses").GetProperty("404");
        Assert.True(notFound.GetProperty("content").TryGetProperty("application/problem+json", out _));
    }

    private static JsonElement Resolve(JsonElement document, JsonElement schema) =>
        schema.TryGetProperty("$ref", out var reference)
            ? document.GetProperty("components").GetProperty("schemas").GetProperty(reference.GetString()!.Split('/')[^1])
            : schema;
}

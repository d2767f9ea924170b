using System.Net;
using System.Text;
using System.Text.Json;

namespace Clauseline.Tests.Api;

/// <summary>A response of the API read once: its status, content type, headers and JSON body (default when it has none).</summary>
public sealed record ApiResponse(HttpStatusCode Status, string? ContentType, HttpResponseMessage Message, JsonElement Json, string Body)
{
    public JsonElement this[string name] => Json.GetProperty(name);

    /// <summary>The items of a page.</summary>
    public IReadOnlyList<JsonElement> Items => [.. Json.GetProperty("items").EnumerateArray()];

    /// <summary>The next link of a page, or null on the last.</summary>
    public string? Next => Json.GetProperty("next").ValueKind == JsonValueKind.Null ? null : Json.GetProperty("next").GetString();

    public bool IsProblem => ContentType == "application/problem+json";
}

/// <summary>Requests to the API that read the whole answer, for assertions on status, type and body together.</summary>
public static class ApiCalls
{
    public static Task<ApiResponse> ReadAsync(this HttpClient client, string path) =>
        SendAsync(client, new HttpRequestMessage(HttpMethod.Get, path));

    public static Task<ApiResponse> PostJsonAsync(this HttpClient client, string path, string json) =>
        SendAsync(client, new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") });

    public static Task<ApiResponse> RemoveAsync(this HttpClient client, string path) =>
        SendAsync(client, new HttpRequestMessage(HttpMethod.Delete, path));

    public static async Task<ApiResponse> SendAsync(this HttpClient client, HttpRequestMessage request)
    {
        using (request)
        {
            var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
            var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            var json = body.Length > 0 && body[0] is '{' or '[' ? JsonDocument.Parse(body).RootElement.Clone() : default;
            return new ApiResponse(response.StatusCode, response.Content.Headers.ContentType?.MediaType, response, json, body);
        }
    }

    /// <summary>Asserts a problem detail (RFC 9457) of the status, and returns its detail.</summary>
    public static string AssertProblem(ApiResponse response, HttpStatusCode status)
    {
        Assert.Equal(status, response.Status);
        Assert.Equal("application/problem+json", response.ContentType);
        Assert.Equal((int)status, response["status"].GetInt32());
        Assert.False(string.IsNullOrEmpty(response["title"].GetString()));
        Assert.False(string.IsNullOrEmpty(response["type"].GetString()));
        return response["detail"].GetString()!;
    }
}

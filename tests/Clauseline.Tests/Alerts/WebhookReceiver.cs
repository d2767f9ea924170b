using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Clauseline.Tests.Alerts;

/// <summary>A webhook endpoint on 127.0.0.1 that keeps every request (headers and body) and answers the status codes it is given, the last one repeated.</summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Received> _requests = new();
    private int[] _statuses = [200];
    private int _count;

    private WebhookReceiver(WebApplication app) => _app = app;

    public string Url { get; private set; } = "";

    public TimeSpan Delay { get; set; }

    public IReadOnlyList<Received> Requests => [.. _requests];

    public void Answer(params int[] statuses) => _statuses = statuses;

    public static async Task<WebhookReceiver> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var receiver = new WebhookReceiver(app);
        app.MapPost("/hook", async (HttpContext context) =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync();
            var n = Interlocked.Increment(ref receiver._count) - 1;
            receiver._requests.Enqueue(new Received(context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase), body));
            if (receiver.Delay > TimeSpan.Zero)
                await Task.Delay(receiver.Delay);
            return Results.StatusCode(receiver._statuses[Math.Min(n, receiver._statuses.Length - 1)]);
        });
        await app.StartAsync();
        receiver.Url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/hook";
        return receiver;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    public sealed record Received(IReadOnlyDictionary<string, string> Headers, string Body);
}

using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Clauseline.Tests.Infrastructure;

/// <summary>One scripted answer of the fixture site.</summary>
public sealed record Reply(int Status, string ContentType, byte[] Body)
{
    public string? ETag { get; init; }
    public TimeSpan Delay { get; init; }
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    /// <summary>Answer 403 to clients that are not a browser (no <c>Sec-Fetch-Mode</c> header), the way bot protection does.</summary>
    public bool BrowsersOnly { get; init; }

    /// <summary>Close the connection without an answer, as a reset or a crashed server does.</summary>
    public bool Abort { get; init; }

    /// <summary>Announce the whole body, send half of it, and close the connection.</summary>
    public bool Truncate { get; init; }

    /// <summary>Send half of the body at once and the rest only after this long: a body that trickles in.</summary>
    public TimeSpan Drip { get; init; }

    public static Reply Html(string html, string? etag = null) => new(200, "text/html; charset=utf-8", Encoding.UTF8.GetBytes(html)) { ETag = etag };

    public static Reply Code(int status, string body = "") => new(status, "text/plain; charset=utf-8", Encoding.UTF8.GetBytes(body));

    public static Reply Bytes(byte[] body, string contentType) => new(200, contentType, body);
}

/// <summary>
/// A web server on 127.0.0.1 that plays the platforms' pages for the tests: each path answers a script of
/// replies, one per request, the last one repeated, so a page can change, flip back, fail or stall.
/// </summary>
public sealed class FixtureSite : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, (Reply[] Script, int Served)> _routes = new(StringComparer.Ordinal);
    private readonly WebApplication _app;

    private FixtureSite(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = "";

    public string Url(string path) => BaseUrl + path;

    /// <summary>How many requests a path has had.</summary>
    public int Requests(string path) => _routes.TryGetValue(path, out var route) ? route.Served : 0;

    public void Serve(string path, params Reply[] script) => _routes[path] = (script, 0);

    public static async Task<FixtureSite> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var site = new FixtureSite(app);
        app.Run(site.HandleAsync);
        await app.StartAsync();
        site.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return site;
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value + context.Request.QueryString.Value;
        if (!_routes.TryGetValue(path, out var route) && !_routes.TryGetValue(context.Request.Path.Value!, out route))
        {
            context.Response.StatusCode = 404;
            return;
        }
        var reply = route.Script[Math.Min(route.Served, route.Script.Length - 1)];
        _routes[_routes.ContainsKey(path) ? path : context.Request.Path.Value!] = (route.Script, route.Served + 1);
        if (reply.Delay > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(reply.Delay, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
        if (reply.Abort)
        {
            context.Abort();
            return;
        }
        if (reply.BrowsersOnly && !context.Request.Headers.ContainsKey("Sec-Fetch-Mode"))
        {
            context.Response.StatusCode = 403;
            await context.Response.WriteAsync("Forbidden");
            return;
        }
        if (reply.ETag is not null)
        {
            context.Response.Headers.ETag = reply.ETag;
            if (context.Request.Headers.IfNoneMatch.ToString() == reply.ETag)
            {
                context.Response.StatusCode = 304;
                return;
            }
        }
        foreach (var (name, value) in reply.Headers)
            context.Response.Headers[name] = value;
        context.Response.StatusCode = reply.Status;
        context.Response.ContentType = reply.ContentType;
        context.Response.ContentLength = reply.Body.Length;
        if (reply.Drip > TimeSpan.Zero)
        {
            await context.Response.Body.WriteAsync(reply.Body.AsMemory(0, reply.Body.Length / 2), context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
            try
            {
                await Task.Delay(reply.Drip, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            await context.Response.Body.WriteAsync(reply.Body.AsMemory(reply.Body.Length / 2), context.RequestAborted);
            return;
        }
        if (reply.Truncate)
        {
            await context.Response.Body.WriteAsync(reply.Body.AsMemory(0, reply.Body.Length / 2), context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
            context.Abort();
            return;
        }
        await context.Response.Body.WriteAsync(reply.Body, context.RequestAborted);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

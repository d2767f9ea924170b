using Clauseline.App.Hosting;
using Clauseline.Tests.Infrastructure;

namespace Clauseline.Tests.Web;

/// <summary><c>clauseline serve</c> in the test process, on a free port of 127.0.0.1, with a catalog of the test's own.</summary>
public sealed class ServedApp : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly TestFolder _folder;

    private ServedApp(WebApplication app, TestFolder folder, string baseUrl)
    {
        _app = app;
        _folder = folder;
        Client = new HttpClient { BaseAddress = new Uri(baseUrl) };
    }

    public HttpClient Client { get; }

    public IServiceProvider Services => _app.Services;

    public Clauseline.Storage.Store Store => (Clauseline.Storage.Store)_app.Services.GetService(typeof(Clauseline.Storage.Store))!;

    public static async Task<ServedApp> StartAsync(string kind, PostgresServer postgres, string catalogJson, bool scheduler = false, params string[] args)
    {
        var (settings, folder) = await Pipeline.SettingsAsync(kind, postgres);
        Directory.CreateDirectory(settings.CatalogFolder);
        await File.WriteAllTextAsync(Path.Combine(settings.CatalogFolder, "northwind-cloud.json"), catalogJson);
        var fetch = Pipeline.TestFetchSettings.Select(p => $"--{p.Key}={p.Value}");
        // No analysis build at start-up: tests seed the archive after starting, and a build of the empty archive still
        // running then would serve its stale snapshot to the test's first request.
        // Nor the output cache: tests change the archive between two reads of the same page (CachedPagesTests turn it on).
        var app = WebServer.Build(settings, "http://127.0.0.1:0", scheduler, [.. fetch, "--Fetch:BrowserFallback=false", "--Logging:LogLevel:Default=Warning", "--Analysis:WarmOnStart=false", "--Web:OutputCache:Enabled=false", .. args]);
        await WebServer.PrepareAsync(app, CancellationToken.None);
        await app.StartAsync();
        WebServer.LinkToBoundAddress(app);
        return new ServedApp(app, folder, WebServer.Addresses(app)[0]);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _folder.Dispose();
    }
}

using Clauseline.App.Hosting;
using Clauseline.Tests.Infrastructure;

namespace Clauseline.Tests.Feeds;

/// <summary>
/// <c>clauseline serve</c> on one database that outlives the process: started, stopped and started again on the
/// same settings, as an install is restarted. Feeds are not output-cached, so every request is answered afresh.
/// </summary>
public sealed class FeedSite : IAsyncDisposable
{
    private readonly AppSettings _settings;
    private readonly TestFolder _folder;
    private WebApplication? _app;

    private FeedSite(AppSettings settings, TestFolder folder)
    {
        _settings = settings;
        _folder = folder;
    }

    public HttpClient Client { get; private set; } = new();

    public Clauseline.Storage.Store Store => _app!.Services.GetRequiredService<Clauseline.Storage.Store>();

    public IServiceProvider Services => _app!.Services;

    public static async Task<FeedSite> StartAsync(string kind, PostgresServer postgres, string catalogJson)
    {
        var (settings, folder) = await Pipeline.SettingsAsync(kind, postgres);
        Directory.CreateDirectory(settings.CatalogFolder);
        await File.WriteAllTextAsync(Path.Combine(settings.CatalogFolder, "northwind-cloud.json"), catalogJson);
        var site = new FeedSite(settings, folder);
        await site.RestartAsync();
        return site;
    }

    /// <summary>Stops the running process (if any) and starts a new one on the same database, on a new port.</summary>
    public async Task RestartAsync()
    {
        await StopAsync();
        var app = WebServer.Build(_settings, "http://127.0.0.1:0", scheduler: false,
            ["--Logging:LogLevel:Default=Warning", "--Analysis:WarmOnStart=false", "--Feeds:CacheSeconds=0", "--Fetch:BrowserFallback=false"]);
        await WebServer.PrepareAsync(app, CancellationToken.None);
        await app.StartAsync();
        _app = app;
        Client = new HttpClient { BaseAddress = new Uri(WebServer.Addresses(app)[0]) };
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _folder.Dispose();
    }

    private async Task StopAsync()
    {
        Client.Dispose();
        if (_app is null)
            return;
        await _app.StopAsync();
        await _app.DisposeAsync();
        _app = null;
    }
}

using Clauseline.App.Hosting;
using Clauseline.Checking;
using Clauseline.Storage;

namespace Clauseline.Tests.Infrastructure;

/// <summary>
/// The real pipeline, wired as <c>clauseline</c> wires it, on a fresh database of the given kind
/// (<c>sqlite</c> or <c>postgres</c>), with fetch limits in milliseconds and the run's shared Chromium.
/// </summary>
public sealed class Pipeline : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly TestFolder _folder;

    private Pipeline(ServiceProvider services, TestFolder folder, AppSettings settings)
    {
        _services = services;
        _folder = folder;
        Settings = settings;
    }

    public AppSettings Settings { get; }

    public Store Store => _services.GetRequiredService<Store>();

    public DocumentCheck Check => _services.GetRequiredService<DocumentCheck>();

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    public static Dictionary<string, string?> TestFetchSettings => new()
    {
        ["Fetch:AttemptTimeoutMs"] = "1500",
        ["Fetch:TotalTimeoutMs"] = "4000",
        ["Fetch:RetryAttempts"] = "1",
        ["Fetch:RetryDelayMs"] = "10",
        ["Fetch:MinDelayPerHostMs"] = "0",
        ["Fetch:MaxBodyBytes"] = "1000000",
        ["Fetch:BrowserTimeoutMs"] = "15000",
        ["Fetch:BrowserHostRules"] = "MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
    };

    /// <summary>Settings for a database of the given kind in a new folder; PostgreSQL gets a database of its own.</summary>
    public static async Task<(AppSettings Settings, TestFolder Folder)> SettingsAsync(string kind, PostgresServer postgres, string? catalog = null)
    {
        var folder = new TestFolder();
        var connection = kind switch
        {
            "sqlite" => null,
            "postgres" => await postgres.CreateDatabaseAsync(),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
        return (new AppSettings(folder.Path, connection, catalog ?? Path.Combine(folder.Path, "catalog")), folder);
    }

    public static async Task<Pipeline> StartAsync(string kind, PostgresServer postgres, SharedBrowser? browser = null, IDictionary<string, string?>? overrides = null)
    {
        var (settings, folder) = await SettingsAsync(kind, postgres);
        var values = TestFetchSettings;
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
            values[key] = value;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection()
            .AddLogging(l => l.SetMinimumLevel(LogLevel.Warning))
            .AddClauseline(settings, configuration);
        if (browser is not null)
            services.AddSingleton(browser.Fetcher);
        var provider = services.BuildServiceProvider();
        var pipeline = new Pipeline(provider, folder, settings);
        await pipeline.Store.Database.MigrateAsync();
        return pipeline;
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        _folder.Dispose();
    }
}

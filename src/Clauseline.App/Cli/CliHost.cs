using Clauseline.App.Hosting;
using Clauseline.Storage;

namespace Clauseline.App.Cli;

/// <summary>The services a command-line verb needs, on a migrated database that holds the shipped catalog.</summary>
public sealed class CliHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private CliHost(ServiceProvider services) => _services = services;

    public Store Store => _services.GetRequiredService<Store>();

    public AppSettings Settings => _services.GetRequiredService<AppSettings>();

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    public static async Task<CliHost> StartAsync(AppSettings settings, CancellationToken cancellationToken)
    {
        var configuration = Configuration.Build();
        var services = new ServiceCollection()
            .AddLogging(logging => logging.AddConfiguration(configuration.GetSection("Logging")).AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning))
            .AddClauseline(settings, configuration)
            .BuildServiceProvider();
        var host = new CliHost(services);
        try
        {
            await host.Store.Database.MigrateAsync(cancellationToken);
            var catalog = await host.Store.SyncCatalogFolderAsync(settings.CatalogFolder, cancellationToken);
            foreach (var problem in catalog.Problems)
                await Console.Error.WriteLineAsync($"warning: catalog {problem}");
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
        return host;
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}

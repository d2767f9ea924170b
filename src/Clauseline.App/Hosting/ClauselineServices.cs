using System.Net;
using Clauseline.Analysis;
using Clauseline.App.Analysis;
using Clauseline.Checking;
using Clauseline.Fetching;
using Clauseline.Import;
using Clauseline.Records;
using Clauseline.Storage;
using Microsoft.Extensions.Http.Resilience;

namespace Clauseline.App.Hosting;

/// <summary>Registers the pipeline's stages for the command line and for <c>serve</c>.</summary>
public static class ClauselineServices
{
    public static IServiceCollection AddClauseline(this IServiceCollection services, AppSettings settings, IConfiguration configuration)
    {
        var fetch = new FetchOptions();
        configuration.GetSection("Fetch").Bind(fetch);
        services.AddSingleton(settings);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(_ => Database.Open(settings.DatabaseConnection, settings.DataFolder));
        services.AddSingleton<Store>();
        services.AddSingleton(fetch);
        services.AddSingleton(sp => new HostGate(TimeSpan.FromMilliseconds(fetch.MinDelayPerHostMs), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<RobotsCache>();
        services.AddSingleton<BrowserFetcher>();
        services.AddHttpClient<HttpFetcher>(HttpFetcher.ClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AllowAutoRedirect = true,
                MaxAutomaticRedirections = Math.Max(1, fetch.MaxRedirects),
                AutomaticDecompression = DecompressionMethods.All,
                UseCookies = false,
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            })
            .AddStandardResilienceHandler(options => Configure(options, fetch))
            .SelectPipelineByAuthority();
        services.AddTransient<DocumentFetcher>();
        services.AddTransient<DocumentCheck>();
        services.AddTransient<OtaImporter>();
        var changes = new ChangeOptions();
        configuration.GetSection("Changes").Bind(changes);
        services.AddSingleton(changes);
        services.AddTransient<ChangeHistory>();
        // Resolved on first use only: the shipped classifier model is read when a page first needs it.
        services.AddSingleton(_ => ClauseRater.Default);
        services.AddSingleton<AnalysisIndex>();
        services.AddAccounts(settings, configuration);
        services.AddAlerts(configuration);
        return services;
    }

    /// <summary>Retries, timeouts and the circuit breaker of fetching, from configuration (milliseconds, so tests can make them short).</summary>
    private static void Configure(HttpStandardResilienceOptions options, FetchOptions fetch)
    {
        options.Retry.MaxRetryAttempts = Math.Max(1, fetch.RetryAttempts);
        options.Retry.Delay = TimeSpan.FromMilliseconds(fetch.RetryDelayMs);
        options.Retry.UseJitter = true;
        options.AttemptTimeout.Timeout = TimeSpan.FromMilliseconds(fetch.AttemptTimeoutMs);
        options.TotalRequestTimeout.Timeout = TimeSpan.FromMilliseconds(Math.Max(fetch.TotalTimeoutMs, fetch.AttemptTimeoutMs + 1));
        options.CircuitBreaker.SamplingDuration = TimeSpan.FromMilliseconds(Math.Max(30_000, 2 * fetch.AttemptTimeoutMs));
    }
}

using Clauseline.App.Analysis;
using Clauseline.App.Scheduling;
using Clauseline.App.Web;
using Clauseline.Storage;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Quartz;

namespace Clauseline.App.Hosting;

/// <summary>The web application and the scheduler in one process: what <c>clauseline serve</c> runs.</summary>
public static partial class WebServer
{
    public const string DefaultUrl = "http://localhost:5080";

    public static WebApplication Build(AppSettings settings, string? urls, bool scheduler, string[]? args = null, Action<IServiceCollection>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args ?? [],
            ContentRootPath = AppContext.BaseDirectory,
            WebRootPath = Path.Combine(AppContext.BaseDirectory, "wwwroot"),
        });
        builder.Configuration.AddEnvironmentVariables("CLAUSELINE_");
        var listen = urls ?? Environment.GetEnvironmentVariable("ASPNETCORE_URLS");
        builder.WebHost.UseUrls(string.IsNullOrWhiteSpace(listen) ? DefaultUrl : listen);
        builder.Services.AddClauseline(settings, builder.Configuration);
        builder.Services.AddRazorComponents();
        if (builder.Configuration.GetValue("Analysis:WarmOnStart", true))
            builder.Services.AddHostedService<AnalysisWarmup>();
        if (scheduler)
        {
            var schedule = new ScheduleOptions();
            builder.Configuration.GetSection("Schedule").Bind(schedule);
            builder.Services.AddSingleton(schedule);
            builder.Services.AddQuartz(q => q.UseDefaultThreadPool(4));
            builder.AddQuartzHostedService(o => o.WaitForJobsToComplete = false);
            builder.Services.AddHostedService<CheckScheduler>();
        }
        configure?.Invoke(builder.Services);
        var app = builder.Build();
        app.UseStaticFiles();
        app.MapPages();
        return app;
    }

    /// <summary>Migrates the database and loads the shipped catalog before the first request.</summary>
    public static async Task PrepareAsync(WebApplication app, CancellationToken cancellationToken)
    {
        var store = app.Services.GetRequiredService<Store>();
        var settings = app.Services.GetRequiredService<AppSettings>();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Clauseline.Serve");
        await store.Database.MigrateAsync(cancellationToken);
        var catalog = await store.SyncCatalogFolderAsync(settings.CatalogFolder, cancellationToken);
        foreach (var problem in catalog.Problems)
            LogCatalogProblem(logger, problem.ToString());
        LogCatalogLoaded(logger, catalog.Platforms.Count, catalog.DocumentCount, settings.CatalogFolder);
    }

    /// <summary>The addresses Kestrel actually bound, once it has started.</summary>
    public static IReadOnlyList<string> Addresses(WebApplication app) =>
        [.. app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? []];

    [LoggerMessage(EventId = 4001, Level = LogLevel.Warning, Message = "Catalog file skipped: {Problem}")]
    private static partial void LogCatalogProblem(ILogger logger, string problem);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Information, Message = "Catalog: {Platforms} platforms, {Documents} documents from {Folder}")]
    private static partial void LogCatalogLoaded(ILogger logger, int platforms, int documents, string folder);
}

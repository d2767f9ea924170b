using Clauseline.App.Analysis;
using Clauseline.App.Scheduling;
using Clauseline.App.Web;
using Clauseline.App.Web.Accounts;
using Clauseline.App.Web.Alerting;
using Clauseline.App.Web.Api;
using Clauseline.App.Web.Caching;
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
        builder.Services.AddAccountsWeb(settings);
        builder.Services.AddPublicSite(builder.Configuration);
        builder.Services.AddApi(builder.Configuration);
        builder.Services.AddPageCache(builder.Configuration);
        if (builder.Configuration.GetValue("Analysis:WarmOnStart", true))
            builder.Services.AddHostedService<AnalysisWarmup>();
        if (builder.Configuration.GetValue("Alerts:Enabled", true))
            builder.Services.AddHostedService<AlertLoop>();
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
        // Before the output cache, so it sees who is signed in and never serves one user's page to another.
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.UseOutputCache();
        app.UseApi();
        app.MapPages();
        app.MapPing();
        app.MapReports();
        app.MapGovernance();
        app.MapPublicSite();
        app.MapAccountPages();
        app.MapAlertPages();
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

    /// <summary>
    /// Alert and digest emails are composed with no request to take a host from: without <c>Site:BaseUrl</c>, their
    /// links point at the first address Kestrel bound (a wildcard host read as localhost), not at a guessed port.
    /// </summary>
    public static void LinkToBoundAddress(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!string.IsNullOrWhiteSpace(app.Configuration["Site:BaseUrl"]) || Addresses(app) is not [var first, ..])
            return;
        var bound = new UriBuilder(first);
        if (bound.Host is "0.0.0.0" or "[::]" or "::" or "+" or "*")
            bound.Host = "localhost";
        app.Services.GetRequiredService<Clauseline.Alerts.AlertOptions>().BaseUrl = bound.Uri.GetLeftPart(UriPartial.Authority);
    }

    /// <summary>The addresses Kestrel actually bound, once it has started.</summary>
    public static IReadOnlyList<string> Addresses(WebApplication app) =>
        [.. app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? []];

    [LoggerMessage(EventId = 4001, Level = LogLevel.Warning, Message = "Catalog file skipped: {Problem}")]
    private static partial void LogCatalogProblem(ILogger logger, string problem);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Information, Message = "Catalog: {Platforms} platforms, {Documents} documents from {Folder}")]
    private static partial void LogCatalogLoaded(ILogger logger, int platforms, int documents, string folder);
}

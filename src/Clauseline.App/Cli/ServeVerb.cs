using System.CommandLine;
using Clauseline.Analysis;
using Clauseline.Analysis.Compliance;
using Clauseline.App.Hosting;
using Clauseline.Storage;

namespace Clauseline.App.Cli;

/// <summary><c>clauseline serve [--urls URL]</c>: the web application and the scheduler in one process.</summary>
public static class ServeVerb
{
    public static Command Create()
    {
        var urls = new Option<string?>("--urls") { Description = $"Where to listen (default {WebServer.DefaultUrl}, or ASPNETCORE_URLS)" };
        var noScheduler = new Option<bool>("--no-scheduler") { Description = "Serve the pages without checking documents" };
        var command = new Command("serve", "Run the web application and the scheduler") { urls, noScheduler };
        command.SetAction(async (result, cancellationToken) =>
        {
            var settings = GlobalOptions.Settings(result);
            await using var app = WebServer.Build(settings, result.GetValue(urls), !result.GetValue(noScheduler));
            try
            {
                await WebServer.PrepareAsync(app, cancellationToken);
            }
            catch (DatabaseUnavailableException e)
            {
                await Console.Error.WriteLineAsync($"error: {e.Message}");
                return ExitCodes.DatabaseUnavailable;
            }
            // The analysis data and the trained model load now, so a damaged file stops start-up with its reason
            // instead of failing the first page that needs it.
            ClauseRater rater;
            try
            {
                rater = ClauseRater.Default;
                RegulationBase.Default.CheckLinks(Taxonomy.Default);
                _ = ComplianceAnalyzer.Default;
            }
            catch (Exception e) when (e is InvalidDataException or InvalidOperationException)
            {
                await Console.Error.WriteLineAsync($"error: the analysis data cannot be loaded: {e.Message}");
                return ExitCodes.Failed;
            }
            try
            {
                await app.StartAsync(cancellationToken);
            }
            catch (IOException e)
            {
                await Console.Error.WriteLineAsync($"error: cannot listen: {e.Message}");
                return ExitCodes.BadArguments;
            }
            WebServer.LinkToBoundAddress(app);
            var store = app.Services.GetRequiredService<Store>();
            foreach (var address in WebServer.Addresses(app))
                await Console.Out.WriteLineAsync($"Clauseline is listening on {address}");
            await Console.Out.WriteLineAsync($"Data: {store.Database.Kind} at {store.Database.Description}");
            await Console.Out.WriteLineAsync($"Analysis: {Taxonomy.Default.Categories.Count} categories, classifier trained {rater.Classifier.Model.Info.TrainedAt}");
            await app.WaitForShutdownAsync(cancellationToken);
            return ExitCodes.Ok;
        });
        return command;
    }
}

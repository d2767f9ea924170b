using System.CommandLine;
using Clauseline.App.Hosting;
using Clauseline.Catalog;
using Clauseline.Extraction;
using Clauseline.Fetching;

namespace Clauseline.App.Cli;

/// <summary><c>clauseline catalog validate [folder] [--online]</c>: checks every catalog file against the schema, and with --online that each URL answers and each selector matches.</summary>
public static class CatalogVerb
{
    public static Command Create()
    {
        var folder = new Argument<string?>("folder") { Arity = ArgumentArity.ZeroOrOne, Description = "Catalog folder (default: the shipped catalog)" };
        var online = new Option<bool>("--online") { Description = "Also fetch every URL and check that its selectors match (needs internet)" };
        var validate = new Command("validate", "Check catalog files against the schema") { folder, online };
        validate.SetAction(async (result, cancellationToken) =>
        {
            var settings = GlobalOptions.Settings(result);
            var path = Path.GetFullPath(result.GetValue(folder) ?? settings.CatalogFolder);
            var catalog = CatalogReader.ReadFolder(path);
            foreach (var problem in catalog.Problems)
                await Console.Error.WriteLineAsync($"invalid: {problem}");
            await Console.Out.WriteLineAsync($"{path}: {catalog.Platforms.Count} platforms and {catalog.DocumentCount} documents valid, {catalog.Problems.Count} problems");
            var failures = catalog.Problems.Count;
            if (result.GetValue(online))
                failures += await CheckOnlineAsync(settings, catalog, cancellationToken);
            return failures == 0 ? ExitCodes.Ok : ExitCodes.Failed;
        });
        return new Command("catalog", "Work with the catalog of platforms and documents") { validate };
    }

    private static async Task<int> CheckOnlineAsync(AppSettings settings, CatalogLoad catalog, CancellationToken cancellationToken)
    {
        await using var services = new ServiceCollection().AddLogging().AddClauseline(settings, Configuration.Build()).BuildServiceProvider();
        var fetcher = services.GetRequiredService<DocumentFetcher>();
        var failures = 0;
        foreach (var platform in catalog.Platforms)
        {
            foreach (var document in platform.Documents)
            {
                foreach (var url in document.Urls)
                {
                    var outcome = await fetcher.FetchAsync(new FetchRequest(new Uri(url), Language: document.Language, IgnoreRobots: document.IgnoreRobots), document.Browser, cancellationToken);
                    var verdict = outcome switch
                    {
                        Fetched f => Extractor.Extract([new SourcePage(f.FinalUrl, f.ContentType, f.Body)], document) switch
                        {
                            Extracted e => $"ok, {e.Text.Length} characters",
                            ExtractionFailed x => $"FAILED {x.Reason.Name()}: {x.Detail}",
                            _ => "unknown",
                        },
                        FetchFailed x => $"FAILED {x.Reason.Name()}: {x.Detail}",
                        _ => "ok (not modified)",
                    };
                    if (verdict.StartsWith("FAILED", StringComparison.Ordinal))
                        failures++;
                    await Console.Out.WriteLineAsync($"{platform.Slug}/{document.Type}  {url}  {verdict}");
                }
            }
        }
        await Console.Out.WriteLineAsync($"{failures} URLs failed");
        return failures;
    }
}

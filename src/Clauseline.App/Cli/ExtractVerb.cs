using System.CommandLine;
using Clauseline.Catalog;
using Clauseline.Extraction;
using Clauseline.Fetching;

namespace Clauseline.App.Cli;

/// <summary><c>clauseline extract &lt;file&gt; [--select CSS] [--remove CSS]</c>: the extraction stage alone, on a saved page or PDF.</summary>
public static class ExtractVerb
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "A saved HTML page, PDF or text file" };
        var url = new Option<string>("--url") { Description = "The address the page came from, to make its links absolute", DefaultValueFactory = _ => "https://example.com/" };
        var select = new Option<string[]>("--select") { Description = "CSS selector of the document's text (repeatable)" };
        var remove = new Option<string[]>("--remove") { Description = "CSS selector of parts to drop (repeatable)" };
        var command = new Command("extract", "Print the structured text extraction makes of a saved page") { file, url, select, remove };
        command.SetAction(async (result, cancellationToken) =>
        {
            var path = result.GetValue(file)!;
            if (!File.Exists(path))
            {
                await Console.Error.WriteLineAsync($"error: {path} does not exist");
                return ExitCodes.BadArguments;
            }
            var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
            var contentType = path.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) ? "application/pdf"
                : path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? "text/plain"
                : "text/html";
            var declaration = new DocumentDeclaration
            {
                Type = "terms-of-service",
                Urls = [result.GetValue(url)!],
                Select = result.GetValue(select) is { Length: > 0 } s ? s : null,
                Remove = result.GetValue(remove) is { Length: > 0 } r ? r : null,
            };
            switch (Extractor.Extract([new SourcePage(result.GetValue(url)!, contentType, bytes)], declaration))
            {
                case Extracted extracted:
                    await Console.Out.WriteAsync(extracted.Text);
                    return ExitCodes.Ok;
                case ExtractionFailed failed:
                    await Console.Error.WriteLineAsync($"failed: {failed.Reason.Name()}: {failed.Detail}");
                    return ExitCodes.Failed;
                default:
                    return ExitCodes.Failed;
            }
        });
        return command;
    }
}

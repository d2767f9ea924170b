using System.CommandLine;
using System.Text;
using System.Text.Json;
using Clauseline.Segmentation;

namespace Clauseline.App.Cli;

/// <summary><c>clauseline segment [--sentences|--provisions] [file]</c>: the segmentation stage alone, one JSON object per sentence or provision.</summary>
public static class SegmentVerb
{
    public static Command Create()
    {
        var file = new Argument<string?>("file") { Description = "A UTF-8 text file (standard input when omitted)", Arity = ArgumentArity.ZeroOrOne };
        var sentences = new Option<bool>("--sentences") { Description = "Print sentences (the default)" };
        var provisions = new Option<bool>("--provisions") { Description = "Print provisions (headings, paragraphs, list items, tables) with kind, heading_path and number" };
        var command = new Command("segment", "Split a text into sentences or provisions, printed as JSON lines of start, end (UTF-16 offsets, end exclusive) and text") { file, sentences, provisions };
        command.SetAction(async (result, cancellationToken) =>
        {
            var path = result.GetValue(file);
            if (result.GetValue(sentences) && result.GetValue(provisions))
            {
                await Console.Error.WriteLineAsync("error: --sentences and --provisions cannot be used together");
                return ExitCodes.BadArguments;
            }
            if (path is not null && !File.Exists(path))
            {
                await Console.Error.WriteLineAsync($"error: {path} does not exist");
                return ExitCodes.BadArguments;
            }
            // Bytes decoded as they are: offsets must point into the text exactly as given, CRLF and all.
            var text = Encoding.UTF8.GetString(path is null ? await ReadAllAsync(Console.OpenStandardInput(), cancellationToken) : await File.ReadAllBytesAsync(path, cancellationToken));
            var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
            await using (output)
            {
                if (result.GetValue(provisions))
                {
                    foreach (var p in ProvisionSplitter.Split(text))
                        await output.WriteLineAsync(JsonSerializer.Serialize(new { start = p.Start, end = p.End, text = p.Text, kind = KindName(p.Kind), heading_path = p.HeadingPath, number = p.Number }));
                }
                else
                {
                    foreach (var span in SentenceSplitter.Split(text))
                        await output.WriteLineAsync(JsonSerializer.Serialize(new { start = span.Start, end = span.End, text = span.Of(text) }));
                }
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string KindName(ProvisionKind kind) => kind switch
    {
        ProvisionKind.Heading => "heading",
        ProvisionKind.Paragraph => "paragraph",
        ProvisionKind.ListItem => "list-item",
        _ => "table",
    };

    private static async Task<byte[]> ReadAllAsync(Stream input, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await input.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }
}

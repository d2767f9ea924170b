using System.CommandLine;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Clauseline.Analysis;
using Clauseline.Analysis.Exposure;
using Clauseline.Segmentation;

namespace Clauseline.App.Cli;

/// <summary>
/// <c>clauseline classify [file] [--profile NAME] [--jsonl]</c>: the governance categories of a text, provision by
/// provision, each with its exposure for the profile, score and evidence; with <c>--jsonl</c>, one JSON object per
/// input line (with a <c>text</c> field), echoed with its <c>categories</c> added.
/// </summary>
public static class ClassifyVerb
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static Command Create()
    {
        var file = new Argument<string?>("file") { Description = "A UTF-8 text file, or JSON lines with --jsonl (standard input when omitted)", Arity = ArgumentArity.ZeroOrOne };
        var jsonl = new Option<bool>("--jsonl") { Description = "Read one JSON object per line with a text field; write each back with categories added" };
        var json = new Option<bool>("--json") { Description = "For a text: print one JSON object per provision instead of a readable list" };
        var profile = AnalysisOptions.Profile();
        var model = AnalysisOptions.Model();
        var info = new Option<bool>("--model-info") { Description = "Print how the model was trained (data, hashes, settings, credit) and exit" };
        var command = new Command("classify", "Find the governance categories of a text, with exposure, score and evidence") { file, jsonl, json, profile, model, info };
        command.SetAction((result, cancellationToken) => AnalysisOptions.GuardAsync(async () =>
        {
            if (result.GetValue(info))
            {
                var trained = AnalysisOptions.LoadClassifier(result.GetValue(model)).Model;
                await Console.Out.WriteLineAsync(JsonSerializer.Serialize(new
                {
                    trained_at = trained.Info.TrainedAt,
                    training_files = trained.Info.TrainingFiles,
                    training_sha256 = trained.Info.TrainingHashes,
                    sentences = trained.Info.Sentences,
                    taxonomy_version = trained.Info.TaxonomyVersion,
                    settings = trained.Info.Settings,
                    credit = trained.Info.Credit,
                    categories = trained.Categories.Select(c => new { id = c.Id, threshold = c.Threshold, weights = c.Weights.Count }),
                }, Indented));
                return ExitCodes.Ok;
            }
            var path = result.GetValue(file);
            if (path is not null && !File.Exists(path))
            {
                throw new UsageException($"{path} does not exist");
            }
            var rater = new ClauseRater(AnalysisOptions.LoadClassifier(result.GetValue(model)), ExposureRater.Default);
            var viewpoint = AnalysisOptions.LoadProfile(result.GetValue(profile)!);
            using var input = path is null ? new StreamReader(Console.OpenStandardInput(), Encoding.UTF8) : new StreamReader(path, Encoding.UTF8);
            var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
            await using (output)
            {
                if (result.GetValue(jsonl))
                {
                    return await Lines(input, output, rater, viewpoint, cancellationToken);
                }
                var text = await input.ReadToEndAsync(cancellationToken);
                await Text(text, output, rater, viewpoint, result.GetValue(json));
            }
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static async Task<int> Lines(StreamReader input, StreamWriter output, ClauseRater rater, Profile profile, CancellationToken cancellationToken)
    {
        var number = 0;
        var bad = 0;
        while (await input.ReadLineAsync(cancellationToken) is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            JsonObject? item;
            try
            {
                item = JsonNode.Parse(line) as JsonObject;
            }
            catch (JsonException e)
            {
                item = null;
                await Console.Error.WriteLineAsync($"error: line {number} is not JSON ({e.Message})");
            }
            if (item?["text"] is not JsonValue value || !value.TryGetValue<string>(out var text))
            {
                if (item is not null)
                {
                    await Console.Error.WriteLineAsync($"error: line {number} has no text field");
                }
                // Every input line gets its output line, in order, so outputs can be zipped with inputs.
                await output.WriteLineAsync(JsonSerializer.Serialize(new { line = number, error = "no text field" }));
                bad++;
                continue;
            }
            item["categories"] = Categories(rater.Rate(text, profile));
            await output.WriteLineAsync(item.ToJsonString());
        }
        return bad == 0 ? ExitCodes.Ok : ExitCodes.Failed;
    }

    private static async Task Text(string text, StreamWriter output, ClauseRater rater, Profile profile, bool json)
    {
        var found = 0;
        foreach (var provision in ProvisionSplitter.Split(text).Where(p => p.Kind != ProvisionKind.Heading))
        {
            var categories = rater.Rate(provision.Text, profile);
            if (categories.Count == 0)
            {
                continue;
            }
            found++;
            if (json)
            {
                await output.WriteLineAsync(new JsonObject
                {
                    ["start"] = provision.Start,
                    ["end"] = provision.End,
                    ["number"] = provision.Number,
                    ["heading_path"] = new JsonArray([.. provision.HeadingPath.Select(h => JsonValue.Create(h))]),
                    ["text"] = provision.Text,
                    ["categories"] = Categories(categories),
                }.ToJsonString());
                continue;
            }
            var place = string.Join(" › ", provision.HeadingPath.Append(provision.Number ?? "").Where(s => s.Length > 0));
            await output.WriteLineAsync(place.Length > 0 ? place : $"at {provision.Start}");
            await output.WriteLineAsync("  " + Excerpt(provision.Text));
            foreach (var c in categories)
            {
                var name = Taxonomy.Default.Find(c.Id)?.Name ?? c.Id;
                await output.WriteLineAsync(FormattableString.Invariant($"  - {name} ({c.Id}): {c.Exposure.RangeText}, score {c.Match.Score:0.00}"));
                foreach (var e in c.Match.Evidence)
                {
                    await output.WriteLineAsync($"      “{e.Text}”: {e.Explains}");
                }
                foreach (var d in c.Exposure.Drivers.Where(d => d.Kind != DriverKind.Baseline))
                {
                    await output.WriteLineAsync(FormattableString.Invariant($"      {(d.Delta >= 0 ? "+" : "")}{d.Delta}: {d.Description}{(d.Quote is null ? "" : $" (“{d.Quote}”)")}"));
                }
            }
            await output.WriteLineAsync();
        }
        if (!json)
        {
            await output.WriteLineAsync($"{found} provision{(found == 1 ? "" : "s")} with a category, for profile {profile.Id}. This describes what the text states; it is not a legal determination.");
        }
    }

    internal static JsonArray Categories(IEnumerable<RatedCategory> categories) =>
        new([.. categories.Select(c => (JsonNode)new JsonObject
        {
            ["id"] = c.Id,
            ["exposure"] = c.Exposure.Level.Name(),
            ["exposure_range"] = c.Exposure.Range,
            ["score"] = c.Match.Score,
            ["evidence"] = new JsonArray([.. c.Match.Evidence.Select(e => (JsonNode)new JsonObject
            {
                ["kind"] = e.Kind == EvidenceKind.Signal ? "signal" : "model",
                ["text"] = e.Text,
                ["start"] = e.Start,
                ["length"] = e.Length,
                ["weight"] = e.Weight,
                ["explains"] = e.Explains,
            })]),
            ["drivers"] = new JsonArray([.. c.Exposure.Drivers.Select(d => (JsonNode)new JsonObject
            {
                ["kind"] = d.Kind.ToString().ToLowerInvariant(),
                ["id"] = d.Id,
                ["delta"] = d.Delta,
                ["description"] = d.Description,
                ["quote"] = d.Quote,
            })]),
            ["moved_by"] = new JsonArray([.. c.Exposure.Movers.Select(m => JsonValue.Create(m.Description))]),
        })]);

    private static string Excerpt(string text)
    {
        var squashed = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return squashed.Length <= 160 ? squashed : string.Concat(squashed.AsSpan(0, 159), "…");
    }
}

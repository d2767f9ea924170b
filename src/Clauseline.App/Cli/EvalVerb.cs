using System.CommandLine;
using System.Text.Json;
using Clauseline.Segmentation;

namespace Clauseline.App.Cli;

/// <summary><c>clauseline eval segmentation &lt;folder&gt; [--json]</c>: boundary precision, recall and F1 of the sentence splitter on a gold corpus.</summary>
public static class EvalVerb
{
    public static Command Create()
    {
        var folder = new Argument<string>("folder") { Description = "A gold corpus in the CLAUDETTE layout: texts/<doc>.txt and sentences.jsonl" };
        var json = new Option<bool>("--json") { Description = "Print the scores as one JSON object" };
        var segmentation = new Command("segmentation", "Score sentence boundaries on the development documents, the held-out ones and all") { folder, json };
        segmentation.SetAction(async (result, cancellationToken) =>
        {
            var path = result.GetValue(folder)!;
            if (!File.Exists(Path.Combine(path, "sentences.jsonl")) || !Directory.Exists(Path.Combine(path, "texts")))
            {
                await Console.Error.WriteLineAsync($"error: {path} has no sentences.jsonl and texts/ folder");
                return ExitCodes.BadArguments;
            }
            var report = SegmentationEvaluation.Evaluate(path);
            foreach (var problem in report.Problems)
                await Console.Error.WriteLineAsync($"warning: {problem}");
            if (result.GetValue(json))
            {
                await Console.Out.WriteLineAsync(JsonSerializer.Serialize(new
                {
                    development = Scores(report.Development),
                    heldOut = Scores(report.HeldOut),
                    all = Scores(report.All),
                }));
            }
            else
            {
                await Console.Out.WriteLineAsync("set          docs   gold  predicted  precision  recall  F1");
                await Console.Out.WriteLineAsync(Line("development", report.Development));
                await Console.Out.WriteLineAsync(Line("held-out", report.HeldOut));
                await Console.Out.WriteLineAsync(Line("all", report.All));
            }
            return ExitCodes.Ok;
        });
        return new Command("eval", "Measure a stage against gold data") { segmentation, EvalClassification.Create() };
    }

    private static object Scores(BoundaryScore s) => new
    {
        documents = s.Documents,
        gold = s.Gold,
        predicted = s.Predicted,
        correct = s.Correct,
        precision = Math.Round(s.Precision, 4),
        recall = Math.Round(s.Recall, 4),
        f1 = Math.Round(s.F1, 4),
    };

    private static string Line(string name, BoundaryScore s) =>
        FormattableString.Invariant($"{name,-12} {s.Documents,4} {s.Gold,6} {s.Predicted,10} {s.Precision,10:F4} {s.Recall,7:F4} {s.F1,6:F4}");
}

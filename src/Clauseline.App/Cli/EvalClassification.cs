using System.CommandLine;
using System.Text.Json;
using Clauseline.Analysis;
using Clauseline.Analysis.Exposure;
using Clauseline.Analysis.Training;

namespace Clauseline.App.Cli;

/// <summary>
/// <c>clauseline eval classification &lt;labelled.jsonl&gt;... [--folds N] [--documents ...] [--train-with ...]</c>:
/// per-category precision, recall and F1, and micro- and macro-F1 over the eight categories of the published task
/// plus "none", of the shipped (or a given) model, or cross-validated by document.
/// </summary>
internal static class EvalClassification
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("labelled") { Description = "Labelled JSON-lines files (doc, idx, text, labels)", Arity = ArgumentArity.OneOrMore };
        var folds = new Option<int?>("--folds") { Description = "Cross-validate by document with this many folds, instead of scoring a trained model" };
        var trainWith = new Option<string[]>("--train-with") { Description = "With --folds: further labelled files or folders added to every fold's training, never scored", AllowMultipleArgumentsPerToken = true };
        var model = AnalysisOptions.Model();
        var profile = AnalysisOptions.Profile();
        profile.DefaultValueFactory = _ => "eu-consumer";
        var documents = AnalysisOptions.Documents();
        var json = new Option<bool>("--json") { Description = "Print the figures as one JSON object" };
        var command = new Command("classification", "Score the clause classifier on labelled sentences: a category counts as predicted when found and rated Medium or High for the profile") { inputs, folds, trainWith, model, profile, documents, json };
        command.SetAction((result, cancellationToken) => AnalysisOptions.GuardAsync(async () =>
        {
            var which = result.GetValue(documents)!;
            AnalysisOptions.CheckDocuments(which);
            var sentences = ClassificationHoldout.Select(LabelledSentences.ReadAll(TrainVerb.Files(result.GetValue(inputs)!), Taxonomy.Default), which);
            var viewpoint = AnalysisOptions.LoadProfile(result.GetValue(profile)!);
            ClassificationReport report;
            if (result.GetValue(folds) is { } n)
            {
                if (n < 2)
                {
                    throw new UsageException("--folds needs at least 2");
                }
                var extra = LabelledSentences.ReadAll(TrainVerb.Files(result.GetValue(trainWith) ?? []), Taxonomy.Default);
                report = ClassificationExperiment.CrossValidate(sentences, extra, n, Taxonomy.Default, ExposureRules.Default, viewpoint, new TrainingSettings(),
                    m => Console.Error.WriteLine(m));
            }
            else
            {
                var rater = new ClauseRater(AnalysisOptions.LoadClassifier(result.GetValue(model)), ExposureRater.Default);
                report = ClassificationExperiment.Evaluate(rater, viewpoint, sentences);
            }
            await Print(report, result.GetValue(json), result.GetValue(folds));
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static async Task Print(ClassificationReport report, bool json, int? folds)
    {
        if (json)
        {
            await Console.Out.WriteLineAsync(JsonSerializer.Serialize(new
            {
                sentences = report.Sentences,
                documents = report.Documents,
                folds,
                categories = report.Categories.Append(report.None).OfType<ClassScore>().Select(c => new
                {
                    id = c.Id,
                    support = c.Support,
                    tp = c.TruePositives,
                    fp = c.FalsePositives,
                    fn = c.FalseNegatives,
                    precision = Math.Round(c.Precision, 2),
                    recall = Math.Round(c.Recall, 2),
                    f1 = Math.Round(c.F1, 2),
                }),
                micro_f1 = report.MicroF1 is { } mi ? Math.Round(mi, 2) : (double?)null,
                macro_f1 = report.MacroF1 is { } ma ? Math.Round(ma, 2) : (double?)null,
            }));
            return;
        }
        await Console.Out.WriteLineAsync($"{report.Sentences} sentences of {report.Documents} documents{(folds is { } f ? $", {f}-fold cross-validation by document" : "")}");
        await Console.Out.WriteLineAsync("category                          support     tp     fp     fn  precision  recall     F1");
        foreach (var c in report.Categories.Append(report.None).OfType<ClassScore>())
        {
            await Console.Out.WriteLineAsync(FormattableString.Invariant(
                $"{c.Id,-32} {c.Support,8} {c.TruePositives,6} {c.FalsePositives,6} {c.FalseNegatives,6} {c.Precision,10:F1} {c.Recall,7:F1} {c.F1,6:F1}"));
        }
        if (report.MicroF1 is { } micro && report.MacroF1 is { } macro)
        {
            await Console.Out.WriteLineAsync(FormattableString.Invariant($"micro-F1 {micro:F1}  macro-F1 {macro:F1}  (eight categories of the published task plus none, 0-100)"));
        }
    }
}

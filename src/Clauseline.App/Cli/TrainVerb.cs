using System.CommandLine;
using System.Globalization;
using System.Security.Cryptography;
using Clauseline.Analysis;
using Clauseline.Analysis.Classification;
using Clauseline.Analysis.Training;

namespace Clauseline.App.Cli;

/// <summary><c>clauseline train &lt;labelled.jsonl|folder&gt;... --out &lt;model&gt;</c>: trains the clause classifier, reproducibly.</summary>
public static class TrainVerb
{
    public const string ClaudetteCredit = "CLAUDETTE corpus, Galassi et al. 2024, CC BY 4.0";

    public static Command Create()
    {
        var inputs = new Argument<string[]>("labelled") { Description = "Labelled JSON-lines files (doc, idx, text, labels), or folders of them", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out") { Description = "Where to write the model", Required = true };
        var documents = AnalysisOptions.Documents();
        var command = new Command("train", "Train the clause classifier (ML.NET, logistic regression per category) on labelled sentences") { inputs, output, documents };
        command.SetAction((result, cancellationToken) => AnalysisOptions.GuardAsync(async () =>
        {
            var which = result.GetValue(documents)!;
            AnalysisOptions.CheckDocuments(which);
            var paths = result.GetValue(inputs)!;
            var files = Files(paths);
            var sentences = ClassificationHoldout.Select(LabelledSentences.ReadAll(files, Taxonomy.Default), which);
            var settings = new TrainingSettings();
            var info = new ModelInfo(
                DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                [.. files.Select(Path.GetFileName).OfType<string>()],
                [.. files.Select(f => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(f))))],
                sentences.Count,
                Taxonomy.Default.Version,
                settings + $"; documents: {which}",
                files.Any(f => Path.GetFileName(f) == "sentences.jsonl") ? $"Trained in part on the {ClaudetteCredit}." : "");
            await Console.Error.WriteLineAsync($"training on {sentences.Count} sentences of {sentences.Select(s => s.Doc).Distinct().Count()} documents");
            var model = new ClassifierTrainer(Taxonomy.Default, settings, m => Console.Error.WriteLine(m)).Train(sentences, info);
            var target = result.GetValue(output)!;
            model.Save(target);
            await Console.Out.WriteLineAsync($"wrote {target}: {model.Categories.Count} categories, {model.Categories.Sum(c => c.Weights.Count)} weights, {new FileInfo(target).Length} bytes");
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>The files named, folders expanded to their JSON-lines files in name order.</summary>
    internal static List<string> Files(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*.jsonl").Order(StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                throw new UsageException($"{path} does not exist");
            }
        }
        return files;
    }
}

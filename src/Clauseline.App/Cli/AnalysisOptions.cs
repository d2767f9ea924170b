using System.CommandLine;
using Clauseline.Analysis;
using Clauseline.Analysis.Classification;
using Clauseline.Analysis.Exposure;

namespace Clauseline.App.Cli;

/// <summary>The options the analysis verbs share: which model, which profile, which documents of a labelled corpus.</summary>
internal static class AnalysisOptions
{
    public static Option<string?> Model() => new("--model") { Description = "A model trained with `clauseline train` (the shipped model when omitted)" };

    public static Option<string> Profile() => new("--profile")
    {
        Description = $"The subscriber's profile: a name ({string.Join(", ", Profiles.All.Select(p => p.Id))}) or a JSON file",
        DefaultValueFactory = _ => "unknown",
    };

    public static Option<string> Documents() => new("--documents")
    {
        Description = "Which documents of the CLAUDETTE corpus to use: all, development (the 30) or held-out (the 10 kept aside)",
        DefaultValueFactory = _ => "all",
    };

    public static Classifier LoadClassifier(string? path)
    {
        if (path is null)
        {
            return Classifier.Default;
        }
        if (!File.Exists(path))
        {
            throw new UsageException($"{path} does not exist");
        }
        try
        {
            return new Classifier(ClassifierModel.Load(path), Taxonomy.Default);
        }
        catch (InvalidDataException e)
        {
            throw new UsageException($"{path}: {e.Message}");
        }
    }

    public static Profile LoadProfile(string nameOrPath)
    {
        try
        {
            return Profiles.Resolve(nameOrPath);
        }
        catch (InvalidDataException e)
        {
            throw new UsageException(e.Message);
        }
    }

    /// <summary>Runs a verb's body, turning a user's mistake (a bad argument, a malformed file, a missing model) into a message and exit code 2.</summary>
    public static async Task<int> GuardAsync(Func<Task<int>> body)
    {
        try
        {
            return await body();
        }
        catch (UsageException e)
        {
            await Console.Error.WriteLineAsync($"error: {e.Message}");
            return ExitCodes.BadArguments;
        }
        catch (Exception e) when (e is InvalidDataException or IOException or InvalidOperationException)
        {
            await Console.Error.WriteLineAsync($"error: {e.Message}");
            return ExitCodes.BadArguments;
        }
    }

    public static void CheckDocuments(string which)
    {
        if (which is not ("all" or "development" or "held-out"))
        {
            throw new UsageException($"--documents must be all, development or held-out, not '{which}'");
        }
    }
}

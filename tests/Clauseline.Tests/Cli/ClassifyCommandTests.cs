using System.Text.Json;
using Clauseline.Tests.Infrastructure;

namespace Clauseline.Tests.Cli;

/// <summary><c>clauseline classify</c>, <c>train</c> and <c>eval classification</c> run as a user runs them, on texts written for these tests.</summary>
public sealed class ClassifyCommandTests : IDisposable
{
    private readonly TestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Jsonl_echoes_every_line_in_order_with_its_categories_added()
    {
        var input = Path.Combine(_folder.Path, "in.jsonl");
        await File.WriteAllLinesAsync(input,
        [
            """{"id": 1, "text": "Any dispute between you and Marlow Boards will be resolved by final and binding arbitration.", "source": "fixture"}""",
            """{"id": 2, "text": "Marlow Boards lets you pin notes to a shared board."}""",
            """{"id": 3, "text": "These terms are governed by the laws of the State of Oregon, without regard to its conflict of law rules."}""",
            """{"id": 4, "text": "We may suspend or terminate your account at any time, for any reason, without notice."}""",
        ]);
        var run = await ClauselineProcess.RunAsync(["classify", input, "--jsonl", "--profile", "eu-consumer"]);
        Assert.True(run.ExitCode == 0, run.Error);
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal([1, 2, 3, 4], lines.Select(l => l.GetProperty("id").GetInt32()));
        Assert.Equal("fixture", lines[0].GetProperty("source").GetString());
        string[] Ids(JsonElement line) => [.. line.GetProperty("categories").EnumerateArray().Select(c => c.GetProperty("id").GetString()!)];
        Assert.Contains("arbitration", Ids(lines[0]));
        Assert.Empty(Ids(lines[1]));
        Assert.Contains("choice-of-law", Ids(lines[2]));
        Assert.Contains("unilateral-termination", Ids(lines[3]));
        foreach (var category in lines.SelectMany(l => l.GetProperty("categories").EnumerateArray()))
        {
            Assert.Contains(category.GetProperty("exposure").GetString(), new[] { "low", "medium", "high" });
            Assert.False(string.IsNullOrEmpty(category.GetProperty("exposure_range").GetString()));
            Assert.InRange(category.GetProperty("score").GetDouble(), 0.5, 1.0);
            Assert.NotEqual(0, category.GetProperty("evidence").GetArrayLength());
        }
        var termination = lines[3].GetProperty("categories").EnumerateArray().First(c => c.GetProperty("id").GetString() == "unilateral-termination");
        Assert.Equal("high", termination.GetProperty("exposure").GetString());
    }

    [Fact]
    public async Task A_line_without_text_gets_an_error_line_in_its_place_and_the_others_are_still_classified()
    {
        var input = Path.Combine(_folder.Path, "in.jsonl");
        await File.WriteAllLinesAsync(input, ["""{"id": 1, "body": "no text here"}""", "not json", """{"id": 3, "text": "Disputes go to binding arbitration."}"""]);
        var run = await ClauselineProcess.RunAsync(["classify", input, "--jsonl"]);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("line 1 has no text field", run.Error, StringComparison.Ordinal);
        Assert.Contains("line 2 is not JSON", run.Error, StringComparison.Ordinal);
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.Equal(3, JsonDocument.Parse(lines[2]).RootElement.GetProperty("id").GetInt32());
    }

    [Fact]
    public async Task A_text_is_read_provision_by_provision_with_ranges_drivers_and_the_notice()
    {
        var input = Path.Combine(_folder.Path, "terms.txt");
        await File.WriteAllTextAsync(input, """
            Marlow Boards Terms

            1. Your account
            You are responsible for all activity that occurs under your account, whether or not you authorised it.

            2. Boards
            Boards can be shared with a link.

            3. Passwords
            Keep your password and API keys secret, and do not share them with anyone outside your team.
            """);
        var run = await ClauselineProcess.RunAsync(["classify", input]);
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("account-responsibility", run.Output, StringComparison.Ordinal);
        // Wording that puts every account action on the customer is High whatever the profile; how exposed a
        // password clause leaves you depends on your security posture, which an unknown profile does not state.
        Assert.Contains("(account-responsibility): High,", run.Output, StringComparison.Ordinal);
        Assert.Contains("(credential-security): Low to High depending on security posture", run.Output, StringComparison.Ordinal);
        Assert.Contains("whether or not you authorised it", run.Output, StringComparison.Ordinal);
        Assert.Contains("not a legal determination", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Boards can be shared", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_profile_missing_file_and_bad_model_are_clear_errors()
    {
        var input = Path.Combine(_folder.Path, "in.txt");
        await File.WriteAllTextAsync(input, "Disputes go to arbitration.");
        var profile = await ClauselineProcess.RunAsync(["classify", input, "--profile", "martian"]);
        Assert.Equal(2, profile.ExitCode);
        Assert.Contains("no profile 'martian'", profile.Error, StringComparison.Ordinal);
        var missing = await ClauselineProcess.RunAsync(["classify", Path.Combine(_folder.Path, "nope.txt")]);
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("does not exist", missing.Error, StringComparison.Ordinal);
        var badModel = Path.Combine(_folder.Path, "bad.model");
        await File.WriteAllTextAsync(badModel, "garbage");
        var model = await ClauselineProcess.RunAsync(["classify", input, "--model", badModel]);
        Assert.Equal(2, model.ExitCode);
        Assert.Contains("not a Clauseline classifier model", model.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Train_then_eval_classification_on_a_small_labelled_file()
    {
        var labelled = Path.Combine(_folder.Path, "labelled.jsonl");
        var lines = new List<string>();
        string[] arbitration =
        [
            "Disputes will be settled by binding arbitration.", "Claims go to final arbitration before one arbitrator.",
            "Any claim shall be resolved by individual arbitration.", "All disputes are subject to binding arbitration in Ohio.",
            "You agree that an arbitrator decides every claim.", "Disagreements are resolved by arbitration, not in court.",
        ];
        string[] neutral =
        [
            "Boards can be shared with a link.", "You can invite teammates by email.", "Pins can be coloured and tagged.",
            "The app works on phones and tablets.", "Search finds notes by title.", "Exports are available as PDF.",
            "Boards keep a history of edits.", "Themes change the look of a board.",
        ];
        for (var i = 0; i < arbitration.Length; i++)
            lines.Add(JsonSerializer.Serialize(new { doc = $"d{i % 3}", idx = i, text = arbitration[i], labels = new[] { new { category = "arbitration", degree = 3 } } }));
        for (var i = 0; i < neutral.Length; i++)
            lines.Add(JsonSerializer.Serialize(new { doc = $"d{i % 3}", idx = 100 + i, text = neutral[i], labels = Array.Empty<object>() }));
        await File.WriteAllLinesAsync(labelled, lines);
        var model = Path.Combine(_folder.Path, "small.model");
        var train = await ClauselineProcess.RunAsync(["train", labelled, "--out", model]);
        Assert.True(train.ExitCode == 0, train.Error);
        Assert.Contains("wrote", train.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(model));
        var eval = await ClauselineProcess.RunAsync(["eval", "classification", labelled, "--model", model, "--json"]);
        Assert.True(eval.ExitCode == 0, eval.Error);
        var report = JsonDocument.Parse(eval.Output).RootElement;
        Assert.Equal(14, report.GetProperty("sentences").GetInt32());
        var row = report.GetProperty("categories").EnumerateArray().Single(c => c.GetProperty("id").GetString() == "arbitration");
        Assert.Equal(6, row.GetProperty("support").GetInt32());
        Assert.True(report.GetProperty("macro_f1").GetDouble() > 0);
        var bad = Path.Combine(_folder.Path, "bad.jsonl");
        await File.WriteAllTextAsync(bad, """{"doc":"x","idx":0,"text":"t","labels":[{"category":"no-such","degree":2}]}""");
        var refused = await ClauselineProcess.RunAsync(["train", bad, "--out", model]);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("line 1: unknown category 'no-such'", refused.Error, StringComparison.Ordinal);
    }
}

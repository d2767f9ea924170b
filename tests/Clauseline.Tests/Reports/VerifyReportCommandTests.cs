using System.Text.Json.Nodes;
using Clauseline.Tests.Cli;
using Clauseline.Tests.Infrastructure;

namespace Clauseline.Tests.Reports;

/// <summary><c>clauseline report</c> and <c>clauseline verify --report</c>, run as the real executable on an archive seeded in SQLite or PostgreSQL.</summary>
public sealed class VerifyReportCommandTests(PostgresServer postgres)
{
    public static TheoryData<string> Databases => ["sqlite", "postgres"];

    private static async Task<(Pipeline Pipeline, Func<string[], Task<ClauselineProcess.Run>> Clauseline)> StartAsync(string kind, PostgresServer postgres)
    {
        var pipeline = await Pipeline.StartAsync(kind, postgres);
        await ReportArchive.SeedAsync(pipeline.Store, pipeline.Settings.CatalogFolder);
        var settings = pipeline.Settings;
        string[] where = settings.DatabaseConnection is { } connection
            ? ["--data", settings.DataFolder, "--database", connection, "--catalog", settings.CatalogFolder]
            : ["--data", settings.DataFolder, "--catalog", settings.CatalogFolder];
        return (pipeline, arguments => ClauselineProcess.RunAsync([.. where, .. arguments]));
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task A_fresh_report_in_json_and_both_csv_files_verifies_against_the_archive(string kind)
    {
        var (pipeline, clauseline) = await StartAsync(kind, postgres);
        await using var _ = pipeline;
        var json = Path.Combine(pipeline.Settings.DataFolder, "report.json");
        var csv = Path.Combine(pipeline.Settings.DataFolder, "report.csv");

        var made = await clauseline(["report", "northwind-cloud", "--date", "2026-03-09", "--profile", "eu-business-controller", "--out", json]);
        var madeCsv = await clauseline(["report", "Northwind Cloud", "--date", "2026-03-09", "--format", "csv", "--out", csv]);
        var verified = await clauseline(["verify", "--report", json]);
        var verifiedCsv = await clauseline(["verify", "--report", csv]);
        var verifiedHistory = await clauseline(["verify", "--report", Path.Combine(pipeline.Settings.DataFolder, "report.history.csv")]);

        Assert.True(made.ExitCode == 0, made.Error);
        Assert.True(madeCsv.ExitCode == 0, madeCsv.Error);
        Assert.Contains("report.history.csv", madeCsv.Error, StringComparison.Ordinal);
        var report = JsonNode.Parse(await File.ReadAllTextAsync(json, TestContext.Current.CancellationToken))!;
        Assert.Equal("clauseline-audit-report/1", (string?)report["format"]);
        Assert.Equal("eu-business-controller", (string?)report["profile"]!["id"]);
        Assert.True(verified.ExitCode == 0, verified.Error + verified.Output);
        Assert.Contains("checked: northwind-cloud/customer-agreement: chain intact over versions 1-4; version 4", verified.Output, StringComparison.Ordinal);
        Assert.Contains("provision texts found verbatim in it by hash", verified.Output, StringComparison.Ordinal);
        Assert.Contains("4 of 4 history versions match", verified.Output, StringComparison.Ordinal);
        Assert.Contains("checked: northwind-cloud/privacy-policy: no version in force, as the archive agrees", verified.Output, StringComparison.Ordinal);
        Assert.Contains("the report matches the archive", verified.Output, StringComparison.Ordinal);
        Assert.True(verifiedCsv.ExitCode == 0, verifiedCsv.Error + verifiedCsv.Output);
        Assert.Contains("provision texts found verbatim", verifiedCsv.Output, StringComparison.Ordinal);
        Assert.True(verifiedHistory.ExitCode == 0, verifiedHistory.Error + verifiedHistory.Output);
        Assert.Contains("4 of 4 history versions match", verifiedHistory.Output, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task An_altered_text_hash_or_version_id_fails_verification_naming_it(string kind)
    {
        var (pipeline, clauseline) = await StartAsync(kind, postgres);
        await using var _ = pipeline;
        var path = Path.Combine(pipeline.Settings.DataFolder, "report.json");
        var made = await clauseline(["report", "northwind-cloud", "--date", "2026-03-09", "--out", path]);
        Assert.True(made.ExitCode == 0, made.Error);
        var original = await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken);

        async Task<ClauselineProcess.Run> VerifyAltered(string name, Action<JsonNode> alter)
        {
            var report = JsonNode.Parse(original)!;
            alter(report);
            var file = Path.Combine(pipeline.Settings.DataFolder, name);
            await File.WriteAllTextAsync(file, report.ToJsonString(), TestContext.Current.CancellationToken);
            return await clauseline(["verify", "--report", file]);
        }
        JsonNode Agreement(JsonNode r) => r["documents"]!.AsArray().First(d => (string?)d!["type"] == "customer-agreement")!;
        JsonNode Cap(JsonNode r) => Agreement(r)["provisions"]!.AsArray().First(p => (string?)p!["number"] == "3.1")!;

        var text = await VerifyAltered("text.json", r => Cap(r)["text"] = ((string)Cap(r)["text"]!).Replace("3 months", "24 months", StringComparison.Ordinal));
        var rehashed = await VerifyAltered("rehashed.json", r =>
        {
            var altered = ((string)Cap(r)["text"]!).Replace("3 months", "24 months", StringComparison.Ordinal);
            Cap(r)["text"] = altered;
            Cap(r)["text_sha256"] = Clauseline.Archive.Hashing.Sha256(altered);
        });
        var hash = await VerifyAltered("hash.json", r => Agreement(r)["in_force"]!["text_sha256"] = new string('0', 64));
        var chain = await VerifyAltered("chain.json", r => Agreement(r)["history"]![1]!["chain_hash"] = new string('f', 64));
        var id = await VerifyAltered("id.json", r => Agreement(r)["in_force"]!["version_id"] = 987654);

        Assert.Equal(1, text.ExitCode);
        Assert.Contains("MISMATCH: northwind-cloud/customer-agreement provision", text.Error, StringComparison.Ordinal);
        Assert.Contains("(3.1): its text does not hash to the SHA-256 the report gives", text.Error, StringComparison.Ordinal);
        Assert.Contains("does NOT match the archive: 1 mismatch", text.Output, StringComparison.Ordinal);
        Assert.Equal(1, rehashed.ExitCode);
        Assert.Contains("(3.1): its text is not the text of version 4", rehashed.Error, StringComparison.Ordinal);
        Assert.Equal(1, hash.ExitCode);
        Assert.Contains($"version in force", hash.Error, StringComparison.Ordinal);
        Assert.Contains($"text_sha256 {new string('0', 64)}, archive", hash.Error, StringComparison.Ordinal);
        Assert.Equal(1, chain.ExitCode);
        Assert.Contains($"history entry", chain.Error, StringComparison.Ordinal);
        Assert.Contains($"chain_hash {new string('f', 64)}, archive", chain.Error, StringComparison.Ordinal);
        Assert.Equal(1, id.ExitCode);
        Assert.Contains("version id 987654 is not a version of northwind-cloud/customer-agreement", id.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_altered_csv_fails_and_an_unreadable_report_exits_2_with_a_message()
    {
        var (pipeline, clauseline) = await StartAsync("sqlite", postgres);
        await using var _ = pipeline;
        var csv = Path.Combine(pipeline.Settings.DataFolder, "report.csv");
        Assert.Equal(0, (await clauseline(["report", "northwind-cloud", "--date", "2026-03-09", "--format", "csv", "--out", csv])).ExitCode);
        var altered = Path.Combine(pipeline.Settings.DataFolder, "altered.csv");
        await File.WriteAllTextAsync(altered, (await File.ReadAllTextAsync(csv, TestContext.Current.CancellationToken)).Replace("in the 3 months", "in the 6 months", StringComparison.Ordinal),
            TestContext.Current.CancellationToken);
        var broken = Path.Combine(pipeline.Settings.DataFolder, "broken.json");
        await File.WriteAllTextAsync(broken, "{\"format\": \"clauseline-audit-report/1\", \"documents\": [", TestContext.Current.CancellationToken);

        var alteredRun = await clauseline(["verify", "--report", altered]);
        var brokenRun = await clauseline(["verify", "--report", broken]);
        var missingRun = await clauseline(["verify", "--report", Path.Combine(pipeline.Settings.DataFolder, "nowhere.json")]);
        var badDate = await clauseline(["report", "northwind-cloud", "--date", "9 March"]);

        Assert.Equal(1, alteredRun.ExitCode);
        Assert.Contains("its text does not hash to the SHA-256 the report gives", alteredRun.Error, StringComparison.Ordinal);
        Assert.Equal(2, brokenRun.ExitCode);
        Assert.Contains("is not a readable Clauseline audit report", brokenRun.Error, StringComparison.Ordinal);
        Assert.Equal(2, missingRun.ExitCode);
        Assert.Contains("cannot read the report", missingRun.Error, StringComparison.Ordinal);
        Assert.Equal(2, badDate.ExitCode);
        Assert.Contains("'9 March' is not a date", badDate.Error, StringComparison.Ordinal);
    }
}

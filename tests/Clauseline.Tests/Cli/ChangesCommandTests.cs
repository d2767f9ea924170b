using System.Text.Json;
using Clauseline.Tests.Infrastructure;

namespace Clauseline.Tests.Cli;

/// <summary>
/// <c>clauseline changes</c> and <c>clauseline diff --files</c> run as a user runs them: the real executable on
/// an imported history of a fictional payroll provider's terms, written for this test.
/// </summary>
public sealed class ChangesCommandTests : IDisposable
{
    private readonly TestFolder _folder = new();

    private const string Original = """
        Tailspin Payroll Terms
        ======================

        ## 1. Payroll runs

        1.1 Payroll runs are final once approved by an administrator.

        1.2 You may dispute a payroll charge within 60 days of the run date.

        ## 2. Changes to these terms

        2.1 We will notify customers 30 days before changes take effect.
        """;

    // A day's experiment: the notice commitment becomes optional, then comes back.
    private static readonly string Experiment = Original.Replace("2.1 We will notify", "2.1 We may notify", StringComparison.Ordinal);

    // The real revision: a shorter dispute window.
    private static readonly string Revised = Original.Replace("within 60 days", "within 30 days", StringComparison.Ordinal);

    private string Data => Path.Combine(_folder.Path, "data");

    private string Catalog => Path.Combine(_folder.Path, "catalog");

    private Task<ClauselineProcess.Run> Clauseline(params string[] arguments) =>
        ClauselineProcess.RunAsync(["--data", Data, "--catalog", Catalog, .. arguments]);

    private async Task ImportAsync()
    {
        Directory.CreateDirectory(Catalog);
        var dataset = Path.Combine(_folder.Path, "ota", "Tailspin Payroll", "Terms of Service");
        Directory.CreateDirectory(dataset);
        await File.WriteAllTextAsync(Path.Combine(dataset, "2026-01-05T08-00-00Z.md"), Original);
        await File.WriteAllTextAsync(Path.Combine(dataset, "2026-02-02T08-00-00Z.md"), Experiment);
        await File.WriteAllTextAsync(Path.Combine(dataset, "2026-02-02T14-00-00Z.md"), Original);
        await File.WriteAllTextAsync(Path.Combine(dataset, "2026-03-09T08-00-00Z.md"), Revised);
        var run = await Clauseline("import", "ota", Path.Combine(_folder.Path, "ota"), "--json");
        Assert.True(run.ExitCode == 0, run.Error);
    }

    [Fact]
    public async Task Changes_prints_one_json_object_per_change_with_status_flip_backs_and_alerts()
    {
        await ImportAsync();

        var run = await Clauseline("changes", "tailspin-payroll", "--json");

        Assert.True(run.ExitCode == 0, run.Error);
        var changes = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(3, changes.Count);
        var (back, revision) = (changes[1], changes[2]);
        Assert.Equal("tailspin-payroll", revision.GetProperty("platform").GetString());
        Assert.Equal("Tailspin Payroll", revision.GetProperty("platform_name").GetString());
        Assert.Equal("terms-of-service", revision.GetProperty("type").GetString());
        Assert.Equal("Terms of Service", revision.GetProperty("type_name").GetString());
        Assert.Equal("2026-03-09T08:00:00+00:00", revision.GetProperty("recorded_at").GetString());
        Assert.Equal(back.GetProperty("to_version").GetInt64(), revision.GetProperty("from_version").GetInt64());

        Assert.Equal(["transient", "confirmed", "confirmed"], changes.Select(c => c.GetProperty("status").GetString()));
        Assert.Equal([true, true, false], changes.Select(c => c.GetProperty("flip_back").GetBoolean()));
        Assert.Equal([false, false, true], changes.Select(c => c.GetProperty("alert").GetBoolean()));
        Assert.All(changes, c => Assert.Equal("substantive", c.GetProperty("significance").GetString()));

        var provision = Assert.Single(revision.GetProperty("provisions").EnumerateArray());
        Assert.Equal("modified", provision.GetProperty("kind").GetString());
        Assert.Equal("substantive", provision.GetProperty("significance").GetString());
        Assert.Contains("1.2", provision.GetProperty("heading").GetString(), StringComparison.Ordinal);
        var summary = provision.GetProperty("summary").GetString()!;
        Assert.Contains("60 days", summary, StringComparison.Ordinal);
        Assert.Contains("30 days", summary, StringComparison.Ordinal);
        Assert.StartsWith("Shortened", summary, StringComparison.Ordinal);
        Assert.Single(provision.GetProperty("provision_ids").EnumerateArray());
        Assert.False(string.IsNullOrWhiteSpace(revision.GetProperty("headline").GetString()));
    }

    [Fact]
    public async Task Changes_filters_by_date_counts_noise_and_reads_well_without_json()
    {
        await ImportAsync();

        var since = await Clauseline("changes", "tailspin-payroll", "terms-of-service", "--since", "2026-03-01", "--json");
        var stats = await Clauseline("changes", "--stats", "--json");
        var report = await Clauseline("changes", "tailspin-payroll");
        var badDate = await Clauseline("changes", "--since", "last tuesday");

        Assert.Single(since.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        var counts = JsonDocument.Parse(stats.Output).RootElement;
        Assert.Equal(3, counts.GetProperty("changes").GetInt32());
        Assert.Equal(1, counts.GetProperty("transients").GetInt32());
        Assert.Equal(1, counts.GetProperty("returns").GetInt32());
        Assert.Equal(1, counts.GetProperty("alerts").GetInt32());
        Assert.Equal(3, counts.GetProperty("alerts_if_every_version_alerted").GetInt32());
        Assert.True(report.ExitCode == 0, report.Error);
        Assert.Contains("Tailspin Payroll / Terms of Service", report.Output, StringComparison.Ordinal);
        Assert.Contains("flip-back", report.Output, StringComparison.Ordinal);
        Assert.Contains("[-60-]", report.Output, StringComparison.Ordinal);
        Assert.Equal(2, badDate.ExitCode);
        Assert.Contains("--since", badDate.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Diff_files_prints_the_change_record_of_two_files_without_a_database()
    {
        var (old, revised) = (Path.Combine(_folder.Path, "old.md"), Path.Combine(_folder.Path, "new.md"));
        await File.WriteAllTextAsync(old, Original);
        await File.WriteAllTextAsync(revised, Experiment);

        var run = await ClauselineProcess.RunAsync(["--data", Data, "diff", "--files", old, revised, "--json"]);
        var missing = await ClauselineProcess.RunAsync(["--data", Data, "diff", "--files", old, Path.Combine(_folder.Path, "absent.md")]);

        Assert.True(run.ExitCode == 0, run.Error);
        var record = JsonDocument.Parse(run.Output).RootElement;
        Assert.Equal("substantive", record.GetProperty("significance").GetString());
        var change = Assert.Single(record.GetProperty("provisions").EnumerateArray());
        Assert.Contains(change.GetProperty("diff").EnumerateArray(), d => d.GetProperty("operation").GetString() == "deleted");
        Assert.False(Directory.Exists(Data), "diff --files must not create an archive");
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("absent.md", missing.Error, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}

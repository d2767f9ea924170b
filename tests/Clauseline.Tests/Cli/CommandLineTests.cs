using System.Text.Json;
using Clauseline.Storage;
using Clauseline.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace Clauseline.Tests.Cli;

/// <summary>The command-line verbs, run as the real executable against a local site and a SQLite archive.</summary>
public sealed class CommandLineTests : IAsyncLifetime
{
    private readonly TestFolder _folder = new();
    private FixtureSite _site = default!;

    private string Catalog => Path.Combine(_folder.Path, "catalog");

    private string Data => Path.Combine(_folder.Path, "data");

    public async ValueTask InitializeAsync()
    {
        _site = await FixtureSite.StartAsync();
        Directory.CreateDirectory(Catalog);
        await File.WriteAllTextAsync(Path.Combine(Catalog, "northwind-cloud.json"), $$"""
            { "name": "Northwind Cloud", "slug": "northwind-cloud", "website": "{{_site.BaseUrl}}/",
              "documents": [ { "type": "customer-agreement", "urls": ["{{_site.Url("/legal/agreement")}}"] } ] }
            """);
    }

    private Task<ClauselineProcess.Run> Clauseline(params string[] arguments) =>
        ClauselineProcess.RunAsync(["--data", Data, "--catalog", Catalog, .. arguments]);

    [Fact]
    public async Task Check_history_show_diff_export_and_verify_work_together()
    {
        _site.Serve("/legal/agreement", Reply.Html(SamplePages.Terms(noticeDays: 30)), Reply.Html(SamplePages.Terms(noticeDays: 15)));

        var first = await Clauseline("check", "northwind-cloud");
        var second = await Clauseline("check", "Northwind Cloud", "Customer Agreement");
        var history = await Clauseline("history", "northwind-cloud");
        var diff = await Clauseline("diff", "northwind-cloud", "customer-agreement");
        var export = await Clauseline("export", "northwind-cloud");
        var verify = await Clauseline("verify");

        Assert.True(first.ExitCode == 0, first.Error + first.Output);
        Assert.Contains("new-version", first.Output, StringComparison.Ordinal);
        Assert.Contains("1 checked, 1 new versions, 0 failed", second.Output, StringComparison.Ordinal);
        Assert.Contains("initial", history.Output, StringComparison.Ordinal);
        Assert.Contains("change", history.Output, StringComparison.Ordinal);
        Assert.Equal(0, diff.ExitCode);
        Assert.Contains("[-30-]{+15+}", diff.Output, StringComparison.Ordinal);
        Assert.Contains("1 line changed, 0 added, 0 removed", diff.Output, StringComparison.Ordinal);
        var lines = export.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(2, lines.Count);
        Assert.Equal("northwind-cloud", lines[0].GetProperty("platform").GetString());
        Assert.Equal("Northwind Cloud", lines[0].GetProperty("platform_name").GetString());
        Assert.Equal("customer-agreement", lines[1].GetProperty("type").GetString());
        Assert.Equal("Customer Agreement", lines[1].GetProperty("type_name").GetString());
        Assert.Equal(64, lines[1].GetProperty("snapshot_sha256")[0].GetString()!.Length);
        var show = await Clauseline("show", lines[1].GetProperty("version_id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(lines[1].GetProperty("text").GetString(), show.Output);
        Assert.Equal(0, verify.ExitCode);
        Assert.Contains("intact", verify.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_exits_non_zero_and_names_the_first_broken_link()
    {
        _site.Serve("/legal/agreement", Reply.Html(SamplePages.Terms(noticeDays: 30)), Reply.Html(SamplePages.Terms(noticeDays: 15)));
        await Clauseline("check", "northwind-cloud");
        await Clauseline("check", "northwind-cloud");
        await using (var connection = new SqliteConnection($"Data Source={Path.Combine(Data, "clauseline.db")};Pooling=false"))
        {
            await connection.OpenAsync();
            await connection.ExecuteAsync("DROP TRIGGER versions_append_only_update; UPDATE versions SET text = replace(text, '15 days', '90 days') WHERE seq = 2");
        }

        var verify = await Clauseline("verify", "northwind-cloud");

        Assert.Equal(1, verify.ExitCode);
        Assert.Contains("BROKEN: northwind-cloud/customer-agreement version 2", verify.Error, StringComparison.Ordinal);
        Assert.Contains("NOT intact", verify.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_check_exits_one_and_shows_the_reason()
    {
        _site.Serve("/legal/agreement", Reply.Html(SamplePages.BotWall));

        var run = await Clauseline("check", "--all");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("bot-wall", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_platforms_and_documents_exit_two_with_a_clear_message()
    {
        var platform = await Clauseline("history", "nowhere-inc");
        var document = await Clauseline("diff", "northwind-cloud", "cookie-policy");
        var nothing = await Clauseline("check");

        Assert.Equal(2, platform.ExitCode);
        Assert.Contains("unknown platform 'nowhere-inc'", platform.Error, StringComparison.Ordinal);
        Assert.Equal(2, document.ExitCode);
        Assert.Contains("has no document of type 'cookie-policy' (it has: customer-agreement)", document.Error, StringComparison.Ordinal);
        Assert.Equal(2, nothing.ExitCode);
        Assert.Contains("--all", nothing.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_arguments_a_bad_connection_string_and_an_unwritable_export_exit_with_a_message()
    {
        var parse = await Clauseline("show", "not-a-number");
        var connection = await Clauseline("--database", "this is not a connection string", "history", "northwind-cloud");
        var export = await Clauseline("export", "--out", "/nonexistent-folder/versions.jsonl");

        Assert.Equal(2, parse.ExitCode);
        Assert.StartsWith("error:", parse.Error, StringComparison.Ordinal);
        Assert.Equal(3, connection.ExitCode);
        Assert.Contains("not a valid PostgreSQL connection string", connection.Error, StringComparison.Ordinal);
        Assert.Equal(2, export.ExitCode);
        Assert.Contains("/nonexistent-folder/versions.jsonl", export.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", parse.Error + connection.Error + export.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_on_a_port_in_use_exits_two_with_a_message()
    {
        using var taken = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        taken.Start();
        var port = ((System.Net.IPEndPoint)taken.LocalEndpoint).Port;

        var run = await Clauseline("serve", "--no-scheduler", "--urls", $"http://127.0.0.1:{port}");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("cannot listen", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_database_exits_three_and_says_where()
    {
        var run = await Clauseline("--database", "Host=127.0.0.1;Port=1;Username=nobody;Database=none;Timeout=2", "history", "northwind-cloud");

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("cannot open the postgres database at postgres://nobody@127.0.0.1:1/none", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_data_folder_that_cannot_be_written_exits_three_and_says_where()
    {
        var run = await ClauselineProcess.RunAsync(["--data", "/proc/clauseline-cannot-live-here", "--catalog", Catalog, "history", "northwind-cloud"]);

        Assert.Equal(3, run.ExitCode);
        Assert.Contains("cannot open the sqlite database at /proc/clauseline-cannot-live-here/clauseline.db", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Catalog_validate_reports_each_bad_file_and_exits_one()
    {
        await File.WriteAllTextAsync(Path.Combine(Catalog, "broken.json"), "{ \"name\": \"Broken\", ");
        await File.WriteAllTextAsync(Path.Combine(Catalog, "fabrikam.json"), """{ "name": "Fabrikam", "slug": "fabrikam", "website": "https://fabrikam.example/", "documents": [ { "type": "eula", "urls": ["https://fabrikam.example/eula"] } ] }""");

        var run = await Clauseline("catalog", "validate");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("invalid: broken.json", run.Error, StringComparison.Ordinal);
        Assert.Contains("invalid: fabrikam.json /documents/0/type", run.Error, StringComparison.Ordinal);
        Assert.Contains("1 platforms and 1 documents valid, 2 problems", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Catalog_validate_online_fetches_each_url_and_checks_its_selectors()
    {
        _site.Serve("/legal/agreement", Reply.Html(SamplePages.Terms()));
        _site.Serve("/legal/privacy", Reply.Html(SamplePages.Terms()));
        await File.WriteAllTextAsync(Path.Combine(Catalog, "fabrikam.json"), $$"""
            { "name": "Fabrikam", "slug": "fabrikam", "website": "{{_site.BaseUrl}}/",
              "documents": [ { "type": "privacy-policy", "urls": ["{{_site.Url("/legal/privacy")}}"], "select": ["#privacy-notice"] },
                             { "type": "cookie-policy", "urls": ["{{_site.Url("/legal/cookies")}}"] } ] }
            """);

        var run = await Clauseline("catalog", "validate", "--online");

        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"northwind-cloud/customer-agreement.*ok, \d+ characters", run.Output.Replace("\n", " ", StringComparison.Ordinal));
        Assert.Contains("selector-matched-nothing", run.Output, StringComparison.Ordinal);
        Assert.Contains("not-found", run.Output, StringComparison.Ordinal);
        Assert.Contains("2 URLs failed", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_shipped_catalog_validates()
    {
        var run = await ClauselineProcess.RunAsync(["catalog", "validate"]);
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("0 problems", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Platforms_added_at_run_time_are_listed_and_checked()
    {
        var file = Path.Combine(_folder.Path, "fabrikam.json");
        await File.WriteAllTextAsync(file, $$"""{ "name": "Fabrikam AI", "slug": "fabrikam-ai", "website": "{{_site.BaseUrl}}/", "documents": [ { "type": "ai-terms", "urls": ["{{_site.Url("/ai-terms")}}"] } ] }""");
        _site.Serve("/ai-terms", Reply.Html("<main><h1>Fabrikam AI Terms</h1><p>" + string.Concat(Enumerable.Repeat("You own the outputs you generate, and you are responsible for how you use them. ", 5)) + "</p></main>"));

        var add = await Clauseline("platforms", "add", file);
        var list = await Clauseline("platforms", "list");
        var check = await Clauseline("check", "fabrikam-ai");

        Assert.True(add.ExitCode == 0, add.Error);
        Assert.Contains("fabrikam-ai", list.Output, StringComparison.Ordinal);
        Assert.Contains("ai-terms", list.Output, StringComparison.Ordinal);
        Assert.Equal(0, check.ExitCode);
    }

    [Fact]
    public async Task Import_prints_its_summary_as_json()
    {
        var dataset = Path.Combine(_folder.Path, "ota", "Tailspin Payroll", "Terms of Service");
        Directory.CreateDirectory(dataset);
        await File.WriteAllTextAsync(Path.Combine(dataset, "2024-01-01T00-00-00Z.md"), "Terms\n=====\n\nPayroll runs are final once approved.\n");

        var run = await Clauseline("import", "ota", Path.Combine(_folder.Path, "ota"), "--json");

        Assert.True(run.ExitCode == 0, run.Error);
        var summary = JsonDocument.Parse(run.Output).RootElement;
        Assert.Equal(1, summary.GetProperty("platforms").GetInt32());
        Assert.Equal(1, summary.GetProperty("documents").GetInt32());
        Assert.Equal(1, summary.GetProperty("versions").GetInt32());
        Assert.Equal(0, summary.GetProperty("skipped").GetInt32());
    }

    [Fact]
    public async Task An_import_killed_halfway_leaves_an_intact_archive_that_a_second_import_completes()
    {
        var dataset = Path.Combine(_folder.Path, "big-ota");
        var clause = string.Concat(Enumerable.Repeat("The provider may suspend the service after notice to the customer. ", 120));
        for (var service = 0; service < 60; service++)
        {
            var folder = Path.Combine(dataset, $"Service {service:D2}", "Terms of Service");
            Directory.CreateDirectory(folder);
            for (var day = 1; day <= 10; day++)
                await File.WriteAllTextAsync(Path.Combine(folder, $"2025-01-{day:D2}T00-00-00Z.md"), $"Terms\n=====\n\nRevision {day}. {clause}\n");
        }
        var database = Path.Combine(Data, "clauseline.db");
        var info = new System.Diagnostics.ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "clauseline.dll"), "--data", Data, "--catalog", Catalog, "import", "ota", dataset })
            info.ArgumentList.Add(argument);
        using (var import = System.Diagnostics.Process.Start(info)!)
        {
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (DateTime.UtcNow < deadline && !import.HasExited && await CountVersionsAsync(database) == 0)
                await Task.Delay(20, TestContext.Current.CancellationToken);
            import.Kill(entireProcessTree: true);
            await import.WaitForExitAsync(TestContext.Current.CancellationToken);
        }
        var before = await CountVersionsAsync(database);

        var verify = await Clauseline("verify");
        var again = await Clauseline("import", "ota", dataset, "--json");

        Assert.True(before is > 0 and < 600, $"{before} versions were recorded before the kill");
        Assert.True(before % 10 == 0, $"{before} versions: a document's history is imported whole or not at all");
        Assert.Equal(0, verify.ExitCode);
        Assert.Equal(600 - before, JsonDocument.Parse(again.Output).RootElement.GetProperty("versions").GetInt32());
        Assert.Equal(600, await CountVersionsAsync(database));
    }

    private static async Task<long> CountVersionsAsync(string database)
    {
        if (!File.Exists(database))
            return 0;
        try
        {
            await using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=false");
            await connection.OpenAsync();
            return await connection.ScalarAsync<long>("SELECT COUNT(*) FROM versions");
        }
        catch (SqliteException)
        {
            return 0;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _site.DisposeAsync();
        _folder.Dispose();
    }
}

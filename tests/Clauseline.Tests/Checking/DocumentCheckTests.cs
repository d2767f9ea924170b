using Clauseline.Archive;
using Clauseline.Tests.Infrastructure;

namespace Clauseline.Tests.Checking;

/// <summary>Checks of one document against a local site whose pages change, flip back, fail and stall, on both databases.</summary>
public sealed class DocumentCheckTests(PostgresServer postgres)
{
    public static TheoryData<string> Databases => ["sqlite", "postgres"];

    [Theory, MemberData(nameof(Databases))]
    public async Task A_first_check_records_the_document_text_without_the_page_clutter(string kind)
    {
        await using var context = await CheckContext.StartAsync(kind, postgres);
        context.Site.Serve("/legal/agreement", Reply.Html(SamplePages.Terms()));

        var result = await context.CheckAsync();

        Assert.Equal(CheckOutcomes.NewVersion, result.Outcome);
        Assert.Equal(VersionKinds.Initial, result.Version!.Kind);
        var text = result.Version.Text;
        Assert.Contains("# Northwind Cloud Customer Agreement", text, StringComparison.Ordinal);
        Assert.Contains("## 2. Changes to this Agreement", text, StringComparison.Ordinal);
        Assert.Contains("at least 30 days' notice", text, StringComparison.Ordinal);
        Assert.Contains("1. You will pay all fees", text, StringComparison.Ordinal);
        Assert.DoesNotContain("cookies", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("helpful", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Pricing", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Deutsch", text, StringComparison.Ordinal);
        Assert.DoesNotContain("analytics", text, StringComparison.Ordinal);
        Assert.Contains($"[Privacy Notice]({context.Site.BaseUrl}/legal/privacy?lang=en)", text, StringComparison.Ordinal);
        var snapshots = await context.Pipeline.Store.GetVersionSnapshotsAsync(result.Version.Id);
        Assert.Equal(SamplePages.Terms(), System.Text.Encoding.UTF8.GetString(await context.Pipeline.Store.GetSnapshotBodyAsync(snapshots[0].Sha256)));
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task The_same_text_again_is_unchanged_and_adds_no_version(string kind)
    {
        await using var context = await CheckContext.StartAsync(kind, postgres);
        context.Site.Serve("/legal/agreement", Reply.Html(SamplePages.Terms()));
        await context.CheckAsync();

        var second = await context.CheckAsync();

        Assert.Equal(CheckOutcomes.Unchanged, second.Outcome);
        Assert.Single(await context.VersionsAsync());
        Assert.Equal(2, (await context.Pipeline.Store.GetChecksAsync(context.Document.Id)).Count);
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task A_server_that_confirms_the_etag_is_not_modified(string kind)
    {
        await using var context = await CheckContext.StartAsync(kind, postgres);
        context.Site.Serve("/legal/agreement", Reply.Html(SamplePages.Terms(), etag: "\"v1\""));
        await context.CheckAsync();

        var second = await context.CheckAsync();

        Assert.Equal(CheckOutcomes.NotModified, second.Outcome);
        Assert.Equal(2, context.Site.Requests("/legal/agreement"));
        Assert.Single(await context.VersionsAsync());
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task A_changed_clause_is_a_new_version_and_a_flip_back_is_recorded_too(string kind)
    {
        await using var context = await CheckContext.StartAsync(kind, postgres);
        context.Site.Serve("/legal/agreement",
            Reply.Html(SamplePages.Terms(noticeDays: 30)), Reply.Html(SamplePages.Terms(noticeDays: 15)), Reply.Html(SamplePages.Terms(noticeDays: 30)));

        var outcomes = new List<string>();
        for (var i = 0; i < 3; i++)
            outcomes.Add((await context.CheckAsync()).Outcome);

        Assert.Equal([CheckOutcomes.NewVersion, CheckOutcomes.NewVersion, CheckOutcomes.NewVersion], outcomes);
        var versions = await context.VersionsAsync();
        Assert.Equal([VersionKinds.Change, VersionKinds.Change, VersionKinds.Initial], versions.Select(v => v.Kind));
        Assert.Equal(versions[2].TextSha256, versions[0].TextSha256);
        Assert.True((await context.Pipeline.Store.VerifyAsync([context.Document])).Intact);
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task Tracking_parameters_session_tokens_and_scripts_changing_are_not_a_change(string kind)
    {
        await using var context = await CheckContext.StartAsync(kind, postgres);
        context.Site.Serve("/legal/agreement",
            Reply.Html(SamplePages.Terms(footerToken: "a1", campaign: "spring")), Reply.Html(SamplePages.Terms(footerToken: "z9", campaign: "autumn")));
        await context.CheckAsync();

        var second = await context.CheckAsync();

        Assert.Equal(CheckOutcomes.Unchanged, second.Outcome);
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task A_bot_wall_fails_the_check_and_never_becomes_a_version(string kind)
    {
        await using var context = await CheckContext.StartAsync(kind, postgres);
        context.Site.Serve("/legal/agreement", Reply.Html(SamplePages.Terms()), Reply.Html(SamplePages.BotWall));
        var first = await context.CheckAsync();

        var second = await context.CheckAsync();

        Assert.Equal(CheckOutcomes.Failed, second.Outcome);
        Assert.Equal("bot-wall", second.Reason);
        var latest = await context.Pipeline.Store.GetLatestVersionAsync(context.Document.Id);
        Assert.Equal(first.Version!.Id, latest!.Id);
        var check = (await context.Pipeline.Store.GetChecksAsync(context.Document.Id))[0];
        Assert.Equal("bot-wall", check.Reason);
        Assert.Equal(200, check.HttpStatus);
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task A_login_wall_fails_with_its_reason(string kind)
    {
        await using var context = await CheckContext.StartAsync(kind, postgres);
        context.Site.Serve("/legal/agreement", Reply.Html(SamplePages.LoginWall));

        var result = await context.CheckAsync();

        Assert.Equal("login-wall", result.Reason);
        Assert.Empty(await context.VersionsAsync());
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task A_server_error_fails_after_a_retry(string kind)
    {
        await using var context = await CheckContext.StartAsync(kind, postgres);
        context.Site.Serve("/legal/agreement", Reply.Code(500, "Internal Server Error"));

        var result = await context.CheckAsync();

        Assert.Equal("server-error", result.Reason);
        Assert.Equal(500, (await context.Pipeline.Store.GetChecksAsync(context.Document.Id))[0].HttpStatus);
        Assert.Equal(2, context.Site.Requests("/legal/agreement"));
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task A_page_that_stalls_times_out(string kind)
    {
        var limits = new Dictionary<string, string?> { ["Fetch:AttemptTimeoutMs"] = "300", ["Fetch:TotalTimeoutMs"] = "800" };
        await using var context = await CheckContext.StartAsync(kind, postgres, settings: limits);
        context.Site.Serve("/legal/agreement", Reply.Html(SamplePages.Terms()) with { Delay = TimeSpan.FromSeconds(5) });

        var result = await context.CheckAsync();

        Assert.Equal("timeout", result.Reason);
        Assert.True(result.Duration < TimeSpan.FromSeconds(4), $"took {result.Duration}");
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task A_huge_body_fails_as_too_large(string kind)
    {
        await using var context = await CheckContext.StartAsync(kind, postgres);
        var huge = "<html><body><main>" + string.Concat(Enumerable.Repeat("<p>Clause text that goes on and on.</p>", 40_000)) + "</main></body></html>";
        context.Site.Serve("/legal/agreement", Reply.Html(huge));

        var result = await context.CheckAsync();

        Assert.Equal("too-large", result.Reason);
        Assert.Empty(await context.VersionsAsync());
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task A_missing_page_fails_as_not_found(string kind)
    {
        await using var context = await CheckContext.StartAsync(kind, postgres);
        context.Site.Serve("/legal/agreement", Reply.Code(404, "Not Found"));

        var result = await context.CheckAsync();

        Assert.Equal("not-found", result.Reason);
        Assert.Equal(1, context.Site.Requests("/legal/agreement"));
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task A_connection_closed_without_an_answer_fails_with_its_reason(string kind)
    {
        await using var context = await CheckContext.StartAsync(kind, postgres);
        context.Site.Serve("/legal/agreement", Reply.Html("") with { Abort = true });

        var result = await context.CheckAsync();

        Assert.Equal(CheckOutcomes.Failed, result.Outcome);
        Assert.Contains(result.Reason, new[] { "connection-reset", "network" });
        Assert.Empty(await context.VersionsAsync());
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task Robots_txt_that_disallows_the_page_stops_the_fetch_unless_the_declaration_overrides_it(string kind)
    {
        await using var context = await CheckContext.StartAsync(kind, postgres);
        context.Site.Serve("/robots.txt", Reply.Html("User-agent: *\nDisallow: /legal/\n") with { ContentType = "text/plain" });
        context.Site.Serve("/legal/agreement", Reply.Html(SamplePages.Terms()));

        var refused = await context.CheckAsync();
        await context.DeclareAsync(new Clauseline.Catalog.DocumentDeclaration { Type = "customer-agreement", Urls = [context.Site.Url("/legal/agreement")], IgnoreRobots = true });
        var allowed = await context.CheckAsync();

        Assert.Equal("robots-disallowed", refused.Reason);
        Assert.Equal(CheckOutcomes.NewVersion, allowed.Outcome);
        Assert.Equal(1, context.Site.Requests("/legal/agreement"));
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task Several_source_pages_are_combined_in_order(string kind)
    {
        await using var context = await CheckContext.StartAsync(kind, postgres, paths: ["/legal/part-1", "/legal/part-2"]);
        context.Site.Serve("/legal/part-1", Reply.Html("<main><h1>Service Terms, part one</h1><p>" + new string('a', 50) + " These service terms apply to every Northwind service you use.</p><p>Some services carry extra terms listed below.</p></main>"));
        context.Site.Serve("/legal/part-2", Reply.Html("<main><h1>Service Terms, part two</h1><p>Northwind Storage: we keep three copies of your data in the region you choose, and delete them within 30 days of termination.</p></main>"));

        var result = await context.CheckAsync();

        var text = result.Version!.Text;
        Assert.True(text.IndexOf("part one", StringComparison.Ordinal) < text.IndexOf("part two", StringComparison.Ordinal));
        Assert.Equal(2, (await context.Pipeline.Store.GetVersionSnapshotsAsync(result.Version.Id)).Count);
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task A_pdf_document_is_read_through_its_text(string kind)
    {
        await using var context = await CheckContext.StartAsync(kind, postgres, declare: d => d with { Pdf = true }, paths: ["/legal/dpa.pdf"]);
        context.Site.Serve("/legal/dpa.pdf", Reply.Bytes(SamplePdf.Create(
            "Data Processing Addendum",
            "1. Northwind Cloud processes customer personal data only on documented instructions.",
            "2. Northwind Cloud notifies the customer of a personal data breach without undue delay.",
            "3. Subprocessors are engaged only under written contracts with equivalent obligations.",
            "4. The customer may audit compliance once a year on thirty days' written notice."), "application/pdf"));

        var result = await context.CheckAsync();

        Assert.Equal(CheckOutcomes.NewVersion, result.Outcome);
        Assert.Contains("personal data breach without undue delay", result.Version!.Text, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task New_extraction_rules_turn_a_different_reading_into_a_technical_upgrade_not_a_change(string kind)
    {
        await using var context = await CheckContext.StartAsync(kind, postgres, declare: d => d with { Select = ["main"] });
        context.Site.Serve("/legal/agreement", Reply.Html(SamplePages.Terms()));
        await context.CheckAsync();

        await context.DeclareAsync(context.Document.DeclarationJson is { } json
            ? Clauseline.Catalog.DocumentDeclaration.FromJson(json) with { Remove = ["h2 + p"] }
            : throw new InvalidOperationException());
        var after = await context.CheckAsync();
        var again = await context.CheckAsync();

        var versions = await context.VersionsAsync();
        Assert.Equal([VersionKinds.TechnicalUpgrade, VersionKinds.Initial], versions.Select(v => v.Kind));
        Assert.Equal("re-extract", versions[0].Origin);
        Assert.Equal(CheckOutcomes.Unchanged, after.Outcome);
        Assert.Equal(CheckOutcomes.Unchanged, again.Outcome);
        Assert.Equal(2, context.Site.Requests("/legal/agreement") - 1);
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task The_first_live_text_after_an_import_that_says_the_same_words_is_a_technical_upgrade(string kind)
    {
        await using var context = await CheckContext.StartAsync(kind, postgres);
        context.Site.Serve("/legal/agreement", Reply.Html(SamplePages.Terms()));
        var ours = (await context.CheckAsync()).Version!.Text;
        await using var other = await CheckContext.StartAsync(kind, postgres);
        other.Site.Serve("/legal/agreement", Reply.Html(SamplePages.Terms()));
        var theirs = "Northwind Cloud Customer Agreement\n===\n\n" + ours.Replace("# Northwind Cloud Customer Agreement\n", "", StringComparison.Ordinal).Replace("**", "", StringComparison.Ordinal).Replace("## ", "", StringComparison.Ordinal);
        await other.Pipeline.Store.AppendImportedVersionsAsync(other.Document.Id, [new NewVersion(VersionKinds.Change, "import", theirs, DateTimeOffset.UtcNow.AddDays(-3), null, null, null, [], "ota:test/1.md")]);

        var result = await other.CheckAsync();

        Assert.Equal(CheckOutcomes.TechnicalUpgrade, result.Outcome);
        Assert.Equal(VersionKinds.TechnicalUpgrade, result.Version!.Kind);
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task A_document_is_never_checked_twice_at_once(string kind)
    {
        await using var context = await CheckContext.StartAsync(kind, postgres);
        context.Site.Serve("/legal/agreement", Reply.Html(SamplePages.Terms()) with { Delay = TimeSpan.FromMilliseconds(700) });

        var results = await Task.WhenAll(context.CheckAsync(), context.CheckAsync());

        Assert.Single(results, r => r.Outcome == CheckOutcomes.Skipped);
        Assert.Single(results, r => r.Outcome == CheckOutcomes.NewVersion);
        Assert.Single(await context.Pipeline.Store.GetChecksAsync(context.Document.Id));
        Assert.Equal(CheckOutcomes.Unchanged, (await context.CheckAsync()).Outcome);
    }

    [Fact]
    public async Task Two_workers_on_one_postgres_database_never_check_the_same_document_at_once()
    {
        await using var context = await CheckContext.StartAsync("postgres", postgres);
        context.Site.Serve("/legal/agreement", Reply.Html(SamplePages.Terms()) with { Delay = TimeSpan.FromMilliseconds(700) });
        await using var database = new Clauseline.Storage.PostgresDatabase(context.Pipeline.Settings.DatabaseConnection!);
        var otherWorker = new Clauseline.Storage.Store(database, TimeProvider.System);
        await using var hold = await otherWorker.TryHoldDocumentAsync(context.Document.Id);

        var result = await context.CheckAsync();

        Assert.NotNull(hold);
        Assert.Equal(CheckOutcomes.Skipped, result.Outcome);
        Assert.Equal(0, context.Site.Requests("/legal/agreement"));
    }

    [Fact]
    public async Task A_redirect_loop_fails_as_too_many_redirects()
    {
        await using var context = await CheckContext.StartAsync("sqlite", postgres);
        context.Site.Serve("/legal/agreement", Reply.Code(302) with { Headers = new Dictionary<string, string> { ["Location"] = "/legal/agreement" } });

        var result = await context.CheckAsync();

        Assert.Equal("too-many-redirects", result.Reason);
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task A_truncated_body_fails_and_keeps_the_last_good_version(string kind)
    {
        await using var context = await CheckContext.StartAsync(kind, postgres);
        context.Site.Serve("/legal/agreement", Reply.Html(SamplePages.Terms(noticeDays: 30)), Reply.Html(SamplePages.Terms(noticeDays: 10)) with { Truncate = true });
        var first = await context.CheckAsync();

        var second = await context.CheckAsync();

        Assert.Equal(CheckOutcomes.Failed, second.Outcome);
        Assert.Equal("connection-reset", second.Reason);
        Assert.Equal(first.Version!.Id, (await context.Pipeline.Store.GetLatestVersionAsync(context.Document.Id))!.Id);
    }

    [Fact]
    public async Task An_unreachable_server_fails_as_connection_refused()
    {
        await using var context = await CheckContext.StartAsync("sqlite", postgres);
        await context.DeclareAsync(new Clauseline.Catalog.DocumentDeclaration { Type = "customer-agreement", Urls = ["http://127.0.0.1:1/legal/agreement"], IgnoreRobots = true });

        var result = await context.CheckAsync();

        Assert.Equal("connection-refused", result.Reason);
        Assert.Empty(await context.VersionsAsync());
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task A_real_change_after_new_rules_that_read_the_same_text_is_still_a_change(string kind)
    {
        await using var context = await CheckContext.StartAsync(kind, postgres);
        context.Site.Serve("/legal/agreement", Reply.Html(SamplePages.Terms(noticeDays: 30)), Reply.Html(SamplePages.Terms(noticeDays: 30)), Reply.Html(SamplePages.Terms(noticeDays: 15)));
        await context.CheckAsync();
        await context.DeclareAsync(Clauseline.Catalog.DocumentDeclaration.FromJson(context.Document.DeclarationJson!) with { Remove = [".no-such-element"] });

        var confirmed = await context.CheckAsync();
        var changed = await context.CheckAsync();

        Assert.Equal(CheckOutcomes.Unchanged, confirmed.Outcome);
        Assert.Equal(CheckOutcomes.NewVersion, changed.Outcome);
        Assert.Equal(VersionKinds.Change, changed.Version!.Kind);
    }

    [Fact]
    public async Task Reading_the_document_from_a_new_address_is_a_technical_upgrade()
    {
        await using var context = await CheckContext.StartAsync("sqlite", postgres);
        context.Site.Serve("/legal/agreement", Reply.Html(SamplePages.Terms(noticeDays: 30)));
        context.Site.Serve("/legal/customer-agreement", Reply.Html(SamplePages.Terms(noticeDays: 30).Replace("Last updated: March 3, 2026", "Last updated: March 3, 2026 (moved)", StringComparison.Ordinal)));
        await context.CheckAsync();
        await context.DeclareAsync(new Clauseline.Catalog.DocumentDeclaration { Type = "customer-agreement", Urls = [context.Site.Url("/legal/customer-agreement")] });

        var moved = await context.CheckAsync();

        Assert.Equal(CheckOutcomes.TechnicalUpgrade, moved.Outcome);
    }

    [Fact]
    public async Task A_robots_txt_that_cannot_be_read_stops_the_fetch_and_says_why()
    {
        await using var context = await CheckContext.StartAsync("sqlite", postgres);
        context.Site.Serve("/robots.txt", Reply.Code(503, "Service Unavailable"));
        context.Site.Serve("/legal/agreement", Reply.Html(SamplePages.Terms()));

        var result = await context.CheckAsync();

        Assert.Equal("server-error", result.Reason);
        Assert.Contains("robots.txt", result.Detail, StringComparison.Ordinal);
        Assert.Equal(0, context.Site.Requests("/legal/agreement"));
    }

    [Fact]
    public async Task A_body_that_trickles_in_times_out_like_a_stalled_page()
    {
        var limits = new Dictionary<string, string?> { ["Fetch:AttemptTimeoutMs"] = "300", ["Fetch:TotalTimeoutMs"] = "800" };
        await using var context = await CheckContext.StartAsync("sqlite", postgres, settings: limits);
        context.Site.Serve("/legal/agreement", Reply.Html(SamplePages.Terms()) with { Drip = TimeSpan.FromSeconds(10) });

        var result = await context.CheckAsync();

        Assert.Equal("timeout", result.Reason);
        Assert.True(result.Duration < TimeSpan.FromSeconds(5), $"took {result.Duration}");
    }

    [Fact]
    public async Task A_304_to_a_request_without_validators_is_a_failure_not_a_crash()
    {
        await using var context = await CheckContext.StartAsync("sqlite", postgres);
        context.Site.Serve("/legal/agreement", Reply.Code(304));

        var result = await context.CheckAsync();

        Assert.Equal(CheckOutcomes.Failed, result.Outcome);
        Assert.Contains("without validators", result.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_json_answer_is_unsupported_content_not_a_version()
    {
        await using var context = await CheckContext.StartAsync("sqlite", postgres);
        var json = "{\"error\": \"" + new string('x', 400) + "\"}";
        context.Site.Serve("/legal/agreement", Reply.Html(json) with { ContentType = "application/json" });

        var result = await context.CheckAsync();

        Assert.Equal("unsupported-content", result.Reason);
        Assert.Empty(await context.VersionsAsync());
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task Control_characters_in_a_plain_text_document_are_dropped_on_both_databases(string kind)
    {
        await using var context = await CheckContext.StartAsync(kind, postgres);
        var text = "TERMS OF SERVICE\n\n1. The service is provided as is.\u0000\u0007 " + string.Concat(Enumerable.Repeat("You may cancel at any time by writing to us. ", 8));
        context.Site.Serve("/legal/agreement", Reply.Html(text) with { ContentType = "text/plain; charset=utf-8" });

        var result = await context.CheckAsync();

        Assert.Equal(CheckOutcomes.NewVersion, result.Outcome);
        Assert.DoesNotContain('\u0000', result.Version!.Text);
        Assert.Contains("provided as is.", result.Version.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_browser_setting_makes_the_next_difference_a_technical_upgrade()
    {
        await using var context = await CheckContext.StartAsync("sqlite", postgres);
        context.Site.Serve("/legal/agreement", Reply.Html(SamplePages.Terms(noticeDays: 30)), Reply.Html(SamplePages.Terms(noticeDays: 45)));
        await context.CheckAsync();
        await context.DeclareAsync(Clauseline.Catalog.DocumentDeclaration.FromJson(context.Document.DeclarationJson!) with { Language = "en-GB" });

        var result = await context.CheckAsync();

        Assert.Equal(CheckOutcomes.TechnicalUpgrade, result.Outcome);
    }
}

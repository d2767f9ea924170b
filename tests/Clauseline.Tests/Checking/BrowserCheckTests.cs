using Clauseline.Archive;
using Clauseline.Tests.Infrastructure;

namespace Clauseline.Tests.Checking;

/// <summary>Checks that need the system's Chromium: pages that render with scripts, and servers that refuse plain HTTP clients.</summary>
public sealed class BrowserCheckTests(PostgresServer postgres, SharedBrowser browser)
{
    public static TheoryData<string> Databases => ["sqlite", "postgres"];

    [Theory, MemberData(nameof(Databases))]
    public async Task A_page_that_renders_with_scripts_is_read_in_the_browser(string kind)
    {
        browser.Require();
        await using var context = await CheckContext.StartAsync(kind, postgres, browser, declare: d => d with { Browser = true });
        context.Site.Serve("/legal/agreement", Reply.Html(SamplePages.ScriptRendered));

        var result = await context.CheckAsync();

        Assert.Equal(CheckOutcomes.NewVersion, result.Outcome);
        Assert.Contains("# Northwind Cloud Terms of Service", result.Version!.Text, StringComparison.Ordinal);
        Assert.Contains("laws of the State of Delaware", result.Version.Text, StringComparison.Ordinal);
        Assert.Equal("browser", (await context.Pipeline.Store.GetVersionSnapshotsAsync(result.Version.Id))[0].Fetcher);
    }

    [Fact]
    public async Task Without_the_browser_a_script_rendered_page_is_an_empty_page_not_a_version()
    {
        await using var context = await CheckContext.StartAsync("sqlite", postgres);
        context.Site.Serve("/legal/agreement", Reply.Html(SamplePages.ScriptRendered));

        var result = await context.CheckAsync();

        Assert.Equal("empty", result.Reason);
    }

    [Fact]
    public async Task A_server_that_refuses_plain_clients_is_tried_again_in_the_browser()
    {
        browser.Require();
        await using var context = await CheckContext.StartAsync("sqlite", postgres, browser);
        context.Site.Serve("/legal/agreement", Reply.Html(SamplePages.Terms()) with { BrowsersOnly = true });

        var result = await context.CheckAsync();

        Assert.Equal(CheckOutcomes.NewVersion, result.Outcome);
        Assert.Contains("unauthorized access to your account", result.Version!.Text, StringComparison.Ordinal);
        Assert.Equal(2, context.Site.Requests("/legal/agreement"));
        var check = (await context.Pipeline.Store.GetChecksAsync(context.Document.Id))[0];
        Assert.Equal("browser", check.Fetcher);
    }

    [Fact]
    public async Task A_wall_in_both_plain_http_and_the_browser_fails_and_says_both_were_tried()
    {
        browser.Require();
        await using var context = await CheckContext.StartAsync("sqlite", postgres, browser);
        context.Site.Serve("/legal/agreement", Reply.Html(SamplePages.BotWall));

        var result = await context.CheckAsync();

        Assert.Equal("bot-wall", result.Reason);
        Assert.Empty(await context.VersionsAsync());
        Assert.Equal(2, context.Site.Requests("/legal/agreement"));
    }
}

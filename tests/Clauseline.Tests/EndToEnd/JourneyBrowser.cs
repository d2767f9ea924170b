using System.Text.RegularExpressions;
using Clauseline.Fetching;
using Microsoft.Playwright;

namespace Clauseline.Tests.EndToEnd;

/// <summary>
/// The system's Chromium, driven by Playwright the way a person uses the site: pages of a given width, full-page
/// screenshots kept with the test results, and the accessibility checks every main page must pass.
/// </summary>
public sealed partial class JourneyBrowser : IAsyncDisposable
{
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private JourneyBrowser(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        _browser = browser;
    }

    /// <summary>
    /// Where screenshots go: <c>CLAUSELINE_SCREENSHOTS</c> when set, otherwise <c>TestResults/screenshots</c> at the root
    /// of the repository, beside the results <c>.ci/run</c> writes (ignored by git).
    /// </summary>
    public static string ScreenshotFolder { get; } = FindScreenshotFolder();

    public static async Task<JourneyBrowser> StartAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = new FetchOptions().BrowserPath,
            Headless = true,
            // Only the test's own servers on 127.0.0.1 are reachable: any other host name fails to resolve.
            Args = [.. BrowserFetcher.LaunchArguments, "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1"],
        });
        return new JourneyBrowser(playwright, browser);
    }

    /// <summary>A page in a context of its own (its own cookies), on the app at <paramref name="baseUrl"/>.</summary>
    public async Task<IPage> NewPageAsync(Uri baseUrl, int width = 1280, int height = 900)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseUrl.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "en-GB",
        });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }

    /// <summary>Saves a full-page screenshot of what the page shows as <c>{name}.png</c> and returns its path.</summary>
    public static async Task<string> ScreenshotAsync(IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        Directory.CreateDirectory(ScreenshotFolder);
        var path = Path.Combine(ScreenshotFolder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    /// <summary>
    /// Fails unless the page has exactly one main landmark and every form control in Chromium's accessibility tree
    /// has an accessible name (a label, aria-label or aria-labelledby, or a button's text).
    /// </summary>
    public static async Task AssertAccessibleAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        Assert.Equal(1, await page.GetByRole(AriaRole.Main).CountAsync());
        var tree = await page.Locator("body").AriaSnapshotAsync();
        var unnamed = tree.Split('\n').Where(line => Control().Match(line) is { Success: true } m && !m.Groups["rest"].Value.StartsWith(" \"", StringComparison.Ordinal)).ToList();
        Assert.True(unnamed.Count == 0, $"{page.Url}: form controls without an accessible name:\n{string.Join('\n', unnamed)}");
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }

    private static string FindScreenshotFolder()
    {
        if (Environment.GetEnvironmentVariable("CLAUSELINE_SCREENSHOTS") is { Length: > 0 } configured)
            return Path.GetFullPath(configured);
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Clauseline.slnx")))
                return Path.Combine(dir.FullName, "TestResults", "screenshots");
        }
        return Path.Combine(Directory.GetCurrentDirectory(), "TestResults", "screenshots");
    }

    /// <summary>A line of an ARIA snapshot naming a form control's role; a named one continues with a space and its quoted name.</summary>
    [GeneratedRegex(@"^\s*- (?:textbox|searchbox|combobox|listbox|checkbox|radio|spinbutton|slider|switch|button)(?<rest>.*)$")]
    private static partial Regex Control();
}

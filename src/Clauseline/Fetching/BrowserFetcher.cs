using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace Clauseline.Fetching;

/// <summary>
/// Fetches pages that need scripts, or that refuse plain HTTP clients, with the system's headless
/// Chromium driven by Playwright. The browser starts on first use, is shared, and never reaches
/// any host but the one asked for: no sync, no component updates, no background networking.
/// </summary>
public sealed partial class BrowserFetcher(FetchOptions options, HostGate gate, ILogger<BrowserFetcher> logger) : IAsyncDisposable
{
    private readonly SemaphoreSlim _start = new(1, 1);
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The launch arguments that keep Chromium headless, quiet and off the network except for the pages asked for.</summary>
    public static IReadOnlyList<string> LaunchArguments { get; } =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic", "--disable-dev-shm-usage",
    ];

    public bool IsInstalled => File.Exists(options.BrowserPath);

    public async Task<FetchOutcome> FetchAsync(FetchRequest request, CancellationToken cancellationToken)
    {
        var url = request.Url.ToString();
        if (!IsInstalled)
            return new FetchFailed(url, FailureReason.BrowserUnavailable, $"no browser at {options.BrowserPath}; install Chromium or set Fetch:BrowserPath");
        IBrowser browser;
        try
        {
            browser = await StartAsync();
        }
        catch (PlaywrightException e)
        {
            return new FetchFailed(url, FailureReason.BrowserUnavailable, $"Chromium did not start: {e.Message}");
        }
        using var lease = await gate.EnterAsync(request.Url, cancellationToken);
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            UserAgent = options.UserAgent,
            Locale = request.Language,
            JavaScriptEnabled = true,
        });
        var page = await context.NewPageAsync();
        try
        {
            var response = await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle, Timeout = options.BrowserTimeoutMs });
            if (response is null)
                return new FetchFailed(url, FailureReason.BrowserError, "the browser gave no response");
            var status = response.Status;
            if (status >= 400)
                return new FetchFailed(url, HttpFetcher.FromStatus(status), $"HTTP {status} in the browser", status);
            var html = await page.ContentAsync();
            var body = Encoding.UTF8.GetBytes(html);
            if (body.Length > options.MaxBodyBytes)
                return new FetchFailed(url, FailureReason.TooLarge, $"rendered page exceeds the limit of {options.MaxBodyBytes} bytes", status);
            return new Fetched(url, page.Url, status, "text/html; charset=utf-8", body, null, null, "browser");
        }
        catch (TimeoutException)
        {
            return new FetchFailed(url, FailureReason.Timeout, $"the page did not settle within {options.BrowserTimeoutMs} ms in the browser");
        }
        catch (PlaywrightException e)
        {
            var reason = e.Message.Contains("ERR_NAME_NOT_RESOLVED", StringComparison.Ordinal) ? FailureReason.Dns
                : e.Message.Contains("ERR_CONNECTION_REFUSED", StringComparison.Ordinal) ? FailureReason.ConnectionRefused
                : e.Message.Contains("ERR_CONNECTION_RESET", StringComparison.Ordinal) ? FailureReason.ConnectionReset
                : FailureReason.BrowserError;
            LogBrowserFailed(logger, url, e.Message);
            return new FetchFailed(url, reason, FirstLine(e.Message));
        }
    }

    private async Task<IBrowser> StartAsync()
    {
        if (_browser is { IsConnected: true })
            return _browser;
        await _start.WaitAsync();
        try
        {
            if (_browser is { IsConnected: true })
                return _browser;
            _playwright ??= await Playwright.CreateAsync();
            _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = options.BrowserPath,
                Headless = true,
                Args = options.BrowserHostRules is { Length: > 0 } rules
                    ? [.. LaunchArguments, $"--host-resolver-rules={rules}"]
                    : LaunchArguments,
            });
            return _browser;
        }
        finally
        {
            _start.Release();
        }
    }

    private static string FirstLine(string message)
    {
        var end = message.IndexOf('\n', StringComparison.Ordinal);
        return end < 0 ? message : message[..end];
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
            await _browser.DisposeAsync();
        _playwright?.Dispose();
        _start.Dispose();
    }

    [LoggerMessage(EventId = 1201, Level = LogLevel.Information, Message = "Browser fetch of {Url} failed: {Detail}")]
    private static partial void LogBrowserFailed(ILogger logger, string url, string detail);
}

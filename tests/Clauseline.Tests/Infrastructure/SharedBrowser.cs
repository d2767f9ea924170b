using Clauseline.Fetching;
using Microsoft.Extensions.Logging.Abstractions;

[assembly: AssemblyFixture(typeof(Clauseline.Tests.Infrastructure.SharedBrowser))]

namespace Clauseline.Tests.Infrastructure;

/// <summary>The one Chromium of the test run (the system's, driven by Playwright), started on first use and shared.</summary>
public sealed class SharedBrowser : IAsyncDisposable
{
    public SharedBrowser()
    {
        var options = new FetchOptions
        {
            BrowserTimeoutMs = 20_000,
            MinDelayPerHostMs = 0,
            BrowserHostRules = "MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
        };
        Fetcher = new BrowserFetcher(options, new HostGate(TimeSpan.Zero, TimeProvider.System), NullLogger<BrowserFetcher>.Instance);
    }

    public BrowserFetcher Fetcher { get; }

    /// <summary>Skips (or fails under CI) when Chromium is not installed.</summary>
    public void Require()
    {
        if (!Fetcher.IsInstalled)
            Requirements.Missing("Chromium at /usr/bin/chromium (apt-get install chromium)");
    }

    public ValueTask DisposeAsync() => Fetcher.DisposeAsync();
}

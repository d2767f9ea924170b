namespace Clauseline.Fetching;

/// <summary>
/// Fetches one source URL of a document the way its declaration asks: robots.txt first, then plain
/// HTTP, or the browser for pages that need scripts; and the browser as a second try when plain HTTP
/// is refused in a way that looks like bot blocking.
/// </summary>
public sealed class DocumentFetcher(HttpFetcher http, BrowserFetcher browser, FetchOptions options)
{
    public bool CanUseBrowser => options.BrowserFallback && browser.IsInstalled;

    public async Task<FetchOutcome> FetchAsync(FetchRequest request, bool needsBrowser, CancellationToken cancellationToken)
    {
        if (!request.IgnoreRobots && await http.RobotsRefusalAsync(request.Url, cancellationToken) is { } refusal)
            return refusal;
        if (needsBrowser)
            return await browser.FetchAsync(request, cancellationToken);
        var outcome = await http.FetchAsync(request, cancellationToken);
        if (outcome is FetchFailed failed && CanUseBrowser && failed.Reason.LooksLikeBotBlocking(failed.Status))
            return await SecondTryAsync(request, failed, cancellationToken);
        return outcome;
    }

    /// <summary>Fetches with the browser after plain HTTP got a wall; keeps the first failure when the browser fails too.</summary>
    private async Task<FetchOutcome> SecondTryAsync(FetchRequest request, FetchFailed first, CancellationToken cancellationToken)
    {
        var second = await browser.FetchAsync(request with { ETag = null, LastModified = null }, cancellationToken);
        return second is FetchFailed again
            ? first with { Detail = $"{first.Detail}; a second try in the browser failed too: {again.Detail}" }
            : second;
    }
}

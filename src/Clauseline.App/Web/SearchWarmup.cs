using Clauseline.Search;

namespace Clauseline.App.Web;

/// <summary>
/// Brings the search index up to date once <c>serve</c> has started, so the first search does not index the whole
/// archive; searches keep it current after that. Off, with the analysis warm-up, under <c>Analysis:WarmOnStart=false</c>.
/// </summary>
internal sealed partial class SearchWarmup(SearchIndex index, ILogger<SearchWarmup> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await index.RefreshAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            // The first search indexes what is missing instead; a failure here must not stop the server.
            LogFailed(logger, e);
        }
    }

    [LoggerMessage(EventId = 9101, Level = LogLevel.Warning, Message = "Search index: bringing it up to date at start-up failed; the first search will try again")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}

namespace Clauseline.App.Analysis;

/// <summary>
/// Builds the analysis index as soon as <c>serve</c> has started, so the first visitor does not wait for it
/// (a full archive takes a while to classify). Off with <c>Analysis:WarmOnStart=false</c>.
/// </summary>
internal sealed partial class AnalysisWarmup(AnalysisIndex index, ILogger<AnalysisWarmup> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await index.GetAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception e)
        {
            // The pages build it on first use instead; a failure here must not stop the server.
            LogFailed(logger, e);
        }
    }

    [LoggerMessage(EventId = 5003, Level = LogLevel.Warning, Message = "Analysis index: building it at start-up failed; the first page that needs it will try again")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}

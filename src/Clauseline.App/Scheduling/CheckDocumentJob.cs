using Clauseline.Checking;
using Clauseline.Storage;
using Quartz;

namespace Clauseline.App.Scheduling;

/// <summary>Checks one document when its trigger fires; Quartz never runs two of the same document at once.</summary>
[DisallowConcurrentExecution]
public sealed partial class CheckDocumentJob(Store store, DocumentCheck check, ILogger<CheckDocumentJob> logger) : IJob
{
    public const string DocumentIdKey = "documentId";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var id = context.MergedJobDataMap.GetLong(DocumentIdKey);
        var document = await store.GetDocumentAsync(id, cancellationToken);
        if (document is null)
            return;
        try
        {
            await check.RunAsync(document, "scheduled", cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A database that refuses the write (a full disk, a lost server): nothing was recorded, the next run tries again.
            LogCheckCrashed(logger, document.Key, e);
        }
    }

    [LoggerMessage(EventId = 3101, Level = LogLevel.Error, Message = "Scheduled check of {Document} could not be recorded")]
    private static partial void LogCheckCrashed(ILogger logger, string document, Exception exception);
}

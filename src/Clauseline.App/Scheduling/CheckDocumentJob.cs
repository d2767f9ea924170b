using Clauseline.Checking;
using Clauseline.Storage;
using Quartz;

namespace Clauseline.App.Scheduling;

/// <summary>Checks one document when its trigger fires; Quartz never runs two of the same document at once.</summary>
[DisallowConcurrentExecution]
public sealed class CheckDocumentJob(Store store, DocumentCheck check) : IJob
{
    public const string DocumentIdKey = "documentId";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var id = context.MergedJobDataMap.GetLong(DocumentIdKey);
        var document = await store.GetDocumentAsync(id, cancellationToken);
        if (document is null)
            return;
        await check.RunAsync(document, "scheduled", cancellationToken);
    }
}

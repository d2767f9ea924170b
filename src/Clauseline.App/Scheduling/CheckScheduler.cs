using System.Security.Cryptography;
using System.Text;
using Clauseline.Catalog;
using Clauseline.Checking;
using Clauseline.Storage;
using Quartz;

namespace Clauseline.App.Scheduling;

/// <summary>
/// Gives every declared document a Quartz trigger: every <see cref="ScheduleOptions.IntervalHours"/> hours
/// from a start spread by a per-document offset (the jitter), or the document's own cron expression.
/// Also brings archived versions up to the current extraction rules once at start.
/// </summary>
public sealed partial class CheckScheduler(ISchedulerFactory factory, Store store, IServiceProvider services, ScheduleOptions options, TimeProvider time, ILogger<CheckScheduler> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await ScheduleAllAsync(stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The web application stays up: the archive can still be read while scheduling is broken.
            LogSchedulingFailed(logger, e);
        }
    }

    private async Task ScheduleAllAsync(CancellationToken stoppingToken)
    {
        var scheduler = await factory.GetScheduler(stoppingToken);
        var documents = await store.GetDocumentsAsync(cancellationToken: stoppingToken);
        var interval = TimeSpan.FromHours(options.IntervalHours);
        var count = 0;
        foreach (var document in documents.Where(d => d.DeclarationJson is not null))
        {
            DocumentDeclaration declaration;
            try
            {
                declaration = DocumentDeclaration.FromJson(document.DeclarationJson!);
            }
            catch (System.Text.Json.JsonException e)
            {
                LogDocumentSkipped(logger, document.Key, e.Message);
                continue;
            }
            var job = JobBuilder.Create<CheckDocumentJob>()
                .WithIdentity(document.Key, "checks")
                .UsingJobData(CheckDocumentJob.DocumentIdKey, document.Id)
                .Build();
            var trigger = TriggerBuilder.Create().WithIdentity(document.Key, "checks").ForJob(job);
            if (declaration.Cron is { Length: > 0 } cron && IsValidCron(cron))
            {
                trigger = trigger.WithCronSchedule(cron, c => c.WithMisfireInstruction(CronTriggerMisfireInstruction.DoNothing));
            }
            else
            {
                var start = time.GetUtcNow() + TimeSpan.FromSeconds(options.StartDelaySeconds) + Offset(document.Key, interval);
                trigger = trigger.StartAt(start).WithSimpleSchedule(s => s.WithInterval(interval).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount));
            }
            await scheduler.ScheduleJob(job, [trigger.Build()], new ScheduleJobOptions { Replace = true }, stoppingToken);
            count++;
        }
        LogScheduled(logger, count, options.IntervalHours);
        await UpgradeAllAsync(documents, stoppingToken);
    }

    private static bool IsValidCron(string cron)
    {
        try
        {
            _ = new CronExpression(cron);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    /// <summary>A stable offset within the jitter window, different for each document.</summary>
    private TimeSpan Offset(string key, TimeSpan interval)
    {
        var window = interval * (options.JitterPercent / 100.0);
        var hash = BitConverter.ToUInt32(SHA256.HashData(Encoding.UTF8.GetBytes(key)), 0);
        return window * (hash / (double)uint.MaxValue);
    }

    private async Task UpgradeAllAsync(IEnumerable<Archive.Document> documents, CancellationToken cancellationToken)
    {
        using var scope = services.CreateScope();
        var check = scope.ServiceProvider.GetRequiredService<DocumentCheck>();
        foreach (var document in documents.Where(d => d.DeclarationJson is not null))
        {
            try
            {
                await check.UpgradeAsync(document, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogDocumentSkipped(logger, document.Key, e.Message);
            }
        }
    }

    [LoggerMessage(EventId = 3002, Level = LogLevel.Error, Message = "Scheduling failed; the web application keeps serving the archive")]
    private static partial void LogSchedulingFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Error, Message = "Document {Document} skipped: {Problem}")]
    private static partial void LogDocumentSkipped(ILogger logger, string document, string problem);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Scheduled {Count} documents, every {Hours} hours")]
    private static partial void LogScheduled(ILogger logger, int count, double hours);
}

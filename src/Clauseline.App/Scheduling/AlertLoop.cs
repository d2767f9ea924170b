using Clauseline.Alerts;
using Clauseline.Alerts.Confirming;
using Clauseline.Alerts.Delivering;
using Clauseline.Alerts.Digests;

namespace Clauseline.App.Scheduling;

/// <summary>
/// Runs the alerts in <c>serve</c>: every <see cref="AlertOptions.IntervalSeconds"/> the confirmer and then the
/// sender, and once an hour the check for weekly digests now due. Off with <c>Alerts:Enabled=false</c>.
/// </summary>
public sealed partial class AlertLoop(IServiceProvider services, AlertOptions options, TimeProvider time, ILogger<AlertLoop> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(Math.Max(1, options.IntervalSeconds));
        using var timer = new PeriodicTimer(interval, time);
        DateTimeOffset? digestCheckedAt = null;
        // The first run waits one interval, so start-up (and a test's seeding) is not raced by it.
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            using var scope = services.CreateScope();
            await RunAsync("confirmer", () => scope.ServiceProvider.GetRequiredService<Confirmer>().RunAsync(stoppingToken));
            if (digestCheckedAt is null || time.GetUtcNow() - digestCheckedAt >= TimeSpan.FromHours(1))
            {
                await RunAsync("digest", () => scope.ServiceProvider.GetRequiredService<WeeklyDigest>().QueueDueAsync(stoppingToken));
                digestCheckedAt = time.GetUtcNow();
            }
            await RunAsync("sender", () => scope.ServiceProvider.GetRequiredService<DeliverySender>().SendDueAsync(stoppingToken));
        }
    }

    private async Task RunAsync(string stage, Func<Task> run)
    {
        try
        {
            await run();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A database that refuses a write: nothing half-done was committed, the next tick tries again.
            LogStageFailed(logger, stage, e);
        }
    }

    [LoggerMessage(EventId = 3201, Level = LogLevel.Error, Message = "Alerts: the {Stage} failed; it runs again at the next tick")]
    private static partial void LogStageFailed(ILogger logger, string stage, Exception exception);
}

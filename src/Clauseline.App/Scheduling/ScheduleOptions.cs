namespace Clauseline.App.Scheduling;

/// <summary>How often documents are checked by default, bound from the <c>Schedule</c> configuration section.</summary>
public sealed class ScheduleOptions
{
    public double IntervalHours { get; set; } = 6;

    /// <summary>Each document's checks are offset by up to this share of the interval, so checks spread over time instead of arriving together.</summary>
    public double JitterPercent { get; set; } = 10;

    /// <summary>Seconds to wait after start-up before the first checks, so start-up stays fast.</summary>
    public int StartDelaySeconds { get; set; } = 30;
}

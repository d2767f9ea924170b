namespace Clauseline.Alerts.Digests;

/// <summary>
/// The weeks of the digest in an organisation's time zone: Monday 00:00 to the next Monday 00:00, local time; a
/// week's digest is due from the following Monday at the digest hour.
/// </summary>
public static class DigestWeeks
{
    /// <summary>The organisation's time zone, or UTC when the id is unknown here.</summary>
    public static TimeZoneInfo Zone(string? id)
    {
        if (string.IsNullOrWhiteSpace(id))
            return TimeZoneInfo.Utc;
        return TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;
    }

    /// <summary>The UTC instants the local week starting on <paramref name="monday"/> begins and ends.</summary>
    public static (DateTimeOffset From, DateTimeOffset To) Bounds(DateOnly monday, TimeZoneInfo zone) =>
        (Instant(monday, 0, zone), Instant(monday.AddDays(7), 0, zone));

    /// <summary>The week whose digest is due at <paramref name="now"/>, and the instant it became due.</summary>
    public static (DateOnly WeekStart, DateTimeOffset DueAt) Due(DateTimeOffset now, TimeZoneInfo zone, int digestHour)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        var monday = local.AddDays(-(((int)local.DayOfWeek + 6) % 7));
        var due = Instant(monday, digestHour, zone);
        if (now < due)
        {
            monday = monday.AddDays(-7);
            due = Instant(monday, digestHour, zone);
        }
        return (monday.AddDays(-7), due);
    }

    /// <summary>The Monday of the week holding <paramref name="date"/>.</summary>
    public static DateOnly MondayOf(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));

    private static DateTimeOffset Instant(DateOnly date, int hour, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(new TimeOnly(hour, 0));
        // A local time skipped by a clock change does not exist; the first instant after it stands in.
        while (zone.IsInvalidTime(local))
            local = local.AddMinutes(30);
        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }
}

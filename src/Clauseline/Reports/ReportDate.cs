using System.Globalization;

namespace Clauseline.Reports;

/// <summary>
/// The instant a report is "as of": a day (<c>2026-02-03</c>) means the end of that day in UTC, the last millisecond
/// the archive can record (it keeps times to the millisecond); a date with a time (ISO 8601) is taken exactly.
/// </summary>
public sealed record ReportDate(DateTimeOffset Instant, string? Day)
{
    /// <summary>The end of <paramref name="day"/> in UTC.</summary>
    public static ReportDate EndOf(DateOnly day) =>
        new(new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddDays(1).AddMilliseconds(-1), day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    /// <summary>The date given, or null with the reason it is not one.</summary>
    public static (ReportDate? Date, string? Problem) Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        if (DateOnly.TryParseExact(trimmed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return (EndOf(day), null);
        if (trimmed.Contains('T', StringComparison.Ordinal)
            && DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var instant))
            return (new ReportDate(instant.ToUniversalTime(), null), null);
        return (null, $"'{text}' is not a date: give a day (2026-02-03, meaning the end of that day in UTC) or an instant (2026-02-03T12:00:00Z)");
    }

    /// <summary>The end of today in UTC.</summary>
    public static ReportDate Today(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return EndOf(DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
    }
}

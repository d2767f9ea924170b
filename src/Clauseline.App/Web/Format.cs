namespace Clauseline.App.Web;

/// <summary>How dates and sizes are written on the pages: UTC, unambiguous.</summary>
public static class Format
{
    public static string Date(DateTimeOffset? time) => time is null ? "never" : time.Value.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture);

    public static string Day(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}

using Clauseline.Records;

namespace Clauseline.App.Web;

/// <summary>How dates, counts and quotations are written on the pages: UTC, unambiguous, short.</summary>
public static class Format
{
    public static string Date(DateTimeOffset? time) => time is null ? "never" : time.Value.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture);

    public static string Day(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>"1 change", "3 changes": the noun takes an "s" past one.</summary>
    public static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";

    /// <summary>"1 platform was", "5 platforms were": a count with its own singular and plural.</summary>
    public static string Count(int n, string singular, string plural) => n == 1 ? $"1 {singular}" : $"{n} {plural}";

    /// <summary>The kind of a provision change as one lower-case word: "added", "split".</summary>
    public static string Kind(ProvisionChangeKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>The start of a text on one line, cut at a word and marked with an ellipsis past <paramref name="max"/> characters.</summary>
    public static string Excerpt(string text, int max = 80)
    {
        ArgumentNullException.ThrowIfNull(text);
        var line = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (line.Length <= max)
            return line;
        var cut = line.LastIndexOf(' ', max);
        return line[..(cut > max / 2 ? cut : max)] + "…";
    }
}

namespace Clauseline.Records;

/// <summary>
/// Where a provision sits, as a summary says it: "section 6.3, Billing" after a line, "section 6.3 (Billing)" inside
/// one, headings in capitals put in ordinary case and long headings cut.
/// </summary>
internal static class SummaryPlace
{
    private const int HeadingLength = 48;

    /// <summary>A move names two places in one line, so each gets less room.</summary>
    private const int MovedHeadingLength = 32;

    /// <summary>" (section 6.3, Billing)", " (section 11)", " (Billing)", or nothing when the place has neither.</summary>
    public static string Suffix(Placement? place, SummaryDiff diff)
    {
        var heading = Heading(place, diff);
        return (place?.Section, heading) switch
        {
            (not null, not null) => $" (section {place!.Section}, {heading})",
            (not null, null) => $" (section {place!.Section})",
            (null, not null) => $" ({heading})",
            _ => "",
        };
    }

    /// <summary>"section 6.3 (Billing)", "section 11", "'Billing'", or "the opening text" before any heading.</summary>
    public static string Name(Placement? place, SummaryDiff diff)
    {
        var heading = Heading(place, diff, MovedHeadingLength);
        return (place?.Section, heading) switch
        {
            (not null, not null) => $"section {place!.Section} ({heading})",
            (not null, null) => $"section {place!.Section}",
            (null, not null) => $"'{heading}'",
            _ => "the opening text",
        };
    }

    /// <summary>The heading, cut to <paramref name="length"/>; one in capitals is recased with the names as the provision (<paramref name="diff"/>) writes them.</summary>
    public static string? Heading(Placement? place, SummaryDiff diff, int length = HeadingLength)
    {
        var heading = place?.Heading is { } h ? SummaryText.Unmark(h).Replace("#", "", StringComparison.Ordinal).Trim().TrimEnd(':', '.').Trim() : null;
        if (string.IsNullOrEmpty(heading))
            return null;
        // A heading written in parentheses ("(These terms apply if you live in the EU)") goes inside ours without its own.
        if (heading.Length > 2 && heading[0] == '(' && heading[^1] == ')' && heading.IndexOf(')', StringComparison.Ordinal) == heading.Length - 1)
            heading = heading[1..^1].Trim();
        if (SummaryCasing.IsShouting(heading))
            heading = SummaryCasing.Readable(heading, diff.Names, capitalizeFirst: true);
        if (heading.Length <= length)
            return heading;
        var cut = heading.LastIndexOf(' ', length - 1);
        return heading[..(cut > 0 ? cut : length - 1)].TrimEnd(',', ';', ' ') + "…";
    }
}

namespace Clauseline.Records;

/// <summary>
/// Where a provision sits: the headings above it (outermost first, without their numbers) and the number of the
/// clause or section it belongs to: its own ("6.3") or, for an unnumbered paragraph, that of its heading ("11").
/// </summary>
public sealed record Placement(IReadOnlyList<string> HeadingPath, string? Section)
{
    /// <summary>The nearest heading, or null for text before the first heading.</summary>
    public string? Heading => HeadingPath.Count == 0 ? null : HeadingPath[^1];

    /// <summary>"section 6.3 (Billing)", "section 11", "Billing", or null when there is neither.</summary>
    public string? Label => (Section, Heading) switch
    {
        (not null, not null) => $"section {Section} ({Heading})",
        (not null, null) => $"section {Section}",
        (null, not null) => Heading,
        _ => null,
    };
}

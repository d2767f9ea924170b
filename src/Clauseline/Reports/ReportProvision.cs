namespace Clauseline.Reports;

/// <summary>
/// A provision of the version in force: its stable id (null when the version's ids could not be read), number and
/// headings, its verbatim text with its place in the version's text (UTF-16 offsets, end exclusive) and its
/// SHA-256 (of the UTF-8 bytes), its categories with exposure, and the analysis summary (null without a category).
/// </summary>
public sealed record ReportProvision(
    string? Id,
    string Kind,
    string? Number,
    IReadOnlyList<string> HeadingPath,
    int Start,
    int End,
    string Text,
    string TextSha256,
    IReadOnlyList<ReportCategory> Categories,
    ReportAnalysis? Analysis);

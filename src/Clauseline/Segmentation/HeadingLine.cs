namespace Clauseline.Segmentation;

/// <summary>
/// A heading as read from its line: its <see cref="Level"/> (the number of '#' for Markdown headings; for the
/// others the depth of their number, "4" is 1 and "4.2" is 2, counted below the Markdown heading they sit under),
/// its title without marks or number, its number as written ("4", "Section 4") and the decimal part of that number
/// that clauses under it may be relative to ("4").
/// </summary>
internal sealed record HeadingLine(int Level, bool Markdown, string Title, string? Number, string? Prefix);

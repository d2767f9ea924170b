namespace Clauseline.Segmentation;

/// <summary>
/// The unit a reader quotes: a heading, a paragraph, a list item or a table, as UTF-16 offsets into the text as
/// given (<see cref="End"/> exclusive, neither end whitespace), with the headings it sits under (outermost first)
/// and its clause number where it has one ("4.2(a)", "Section 4").
/// </summary>
public sealed record Provision(int Start, int End, string Text, IReadOnlyList<string> HeadingPath, string? Number, ProvisionKind Kind);

namespace Clauseline.Segmentation;

/// <summary>What a provision is: a heading, a paragraph, one list item or clause, or a whole table.</summary>
public enum ProvisionKind
{
    Heading,
    Paragraph,
    ListItem,
    Table,
}

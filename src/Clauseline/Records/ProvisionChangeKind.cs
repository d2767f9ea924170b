namespace Clauseline.Records;

/// <summary>What a change record says happened to a provision (or to several, for a split or a merge).</summary>
public enum ProvisionChangeKind
{
    Added,
    Removed,
    Modified,
    Moved,
    Split,
    Merged,
}

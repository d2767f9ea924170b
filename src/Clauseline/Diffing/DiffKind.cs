namespace Clauseline.Diffing;

/// <summary>How a line of the diff differs: the same on both sides, only in the old text, only in the new, or changed within.</summary>
public enum DiffKind
{
    Same,
    Removed,
    Added,
    Modified,
}

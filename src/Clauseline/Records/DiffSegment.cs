namespace Clauseline.Records;

/// <summary>One run of a word diff inside a provision: text kept, deleted from the old side or inserted in the new one.</summary>
public sealed record DiffSegment(DiffOperation Operation, string Text);

/// <summary>What a <see cref="DiffSegment"/> does.</summary>
public enum DiffOperation
{
    Equal,
    Deleted,
    Inserted,
}

namespace Clauseline.Diffing;

/// <summary>A run of words inside a line, kept, deleted or inserted.</summary>
public sealed record DiffPiece(string Text, DiffKind Kind);

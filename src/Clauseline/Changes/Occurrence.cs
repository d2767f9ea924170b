namespace Clauseline.Changes;

/// <summary>A signal word or phrase found at tokens [<see cref="Start"/>, <see cref="End"/>) of one side, in diff run <see cref="Hunk"/>.</summary>
internal sealed record Occurrence(int Start, int End, string Key, string Text, int Hunk);

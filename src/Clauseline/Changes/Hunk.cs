namespace Clauseline.Changes;

/// <summary>One changed run of a word diff: old tokens [<see cref="OldStart"/>, <see cref="OldEnd"/>) became new tokens [<see cref="NewStart"/>, <see cref="NewEnd"/>).</summary>
internal sealed record Hunk(int OldStart, int OldEnd, int NewStart, int NewEnd)
{
    public (int Start, int End) Side(bool old) => old ? (OldStart, OldEnd) : (NewStart, NewEnd);
}

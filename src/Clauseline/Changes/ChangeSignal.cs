namespace Clauseline.Changes;

/// <summary>
/// One reason a provision change matters or does not: its kind, the old and new wording it concerns where
/// there is some ("60 days" → "30 days", "may" → "must") and which way it moves the provision.
/// </summary>
public sealed record ChangeSignal(ChangeKind Kind, string? Old = null, string? New = null, ChangeDirection Direction = ChangeDirection.None)
{
    public override string ToString() => $"{Kind}({Old ?? "-"} → {New ?? "-"}, {Direction})";
}

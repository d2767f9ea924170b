namespace Clauseline.Changes;

/// <summary>The cosmetic kinds of change, which never make a provision change substantive.</summary>
public static class ChangeKinds
{
    public static bool IsCosmetic(this ChangeKind kind) => kind >= ChangeKind.Whitespace;
}

namespace Clauseline.Changes;

/// <summary>Whether a provision change alters what the text says (<see cref="Substantive"/>) or only how it looks.</summary>
public enum SignificanceLevel
{
    Cosmetic,
    Substantive,
}

namespace Clauseline.Changes;

/// <summary>Which way a signal moves the provision, where that has a meaning for its kind.</summary>
public enum ChangeDirection
{
    None,
    Strengthens,
    Weakens,
    Widens,
    Narrows,
    Lengthens,
    Shortens,
    Increases,
    Decreases,
    Adds,
    Removes,
}

namespace Clauseline.Provisions;

/// <summary>What happened to a provision between two versions of a document.</summary>
public enum ProvisionChange
{
    /// <summary>The same words (case, punctuation, spacing and its own clause number aside).</summary>
    Unchanged,

    /// <summary>Reworded: similar enough to be the same provision.</summary>
    Modified,

    /// <summary>Only in the new version.</summary>
    Added,

    /// <summary>Only in the old version.</summary>
    Removed,

    /// <summary>One old provision became several consecutive new ones that together hold its words.</summary>
    Split,

    /// <summary>Several consecutive old provisions became one new one that holds their words.</summary>
    Merged,
}

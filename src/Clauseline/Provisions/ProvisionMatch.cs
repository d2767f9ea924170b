namespace Clauseline.Provisions;

/// <summary>
/// One line of an alignment: the old provisions (<see cref="Before"/>) and new ones (<see cref="After"/>), as
/// indices into the lists aligned, that <see cref="Change"/> links. <see cref="Similarity"/> is 1 for unchanged
/// text, the word similarity for a modification and the share of words covered for a split or a merge; a pair
/// whose clause number changed is <see cref="Renumbered"/>, and one that changed section or order is <see cref="Moved"/>.
/// </summary>
public sealed record ProvisionMatch(
    ProvisionChange Change,
    IReadOnlyList<int> Before,
    IReadOnlyList<int> After,
    double Similarity,
    bool Renumbered,
    bool Moved);

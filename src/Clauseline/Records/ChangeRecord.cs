using Clauseline.Changes;

namespace Clauseline.Records;

/// <summary>
/// What changed between two versions of a document, provision by provision: the substantive and cosmetic
/// provision changes in the new version's order, how many provisions were only renumbered, the level of the whole
/// change, a headline, and the key of the new version's substance (its words with cosmetic differences set aside).
/// </summary>
public sealed record ChangeRecord(
    SignificanceLevel Significance,
    string Headline,
    IReadOnlyList<ProvisionChangeRecord> Provisions,
    int Renumbered,
    string SubstanceKey)
{
    public IEnumerable<ProvisionChangeRecord> Substantive => Provisions.Where(p => p.Significance.Level == SignificanceLevel.Substantive);
}

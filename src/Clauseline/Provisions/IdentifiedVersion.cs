using Clauseline.Segmentation;

namespace Clauseline.Provisions;

/// <summary>
/// The provisions of one version with their stable ids ("p12"), parallel to <see cref="Provisions"/>; for a part
/// of a split or the result of a merge, <see cref="Origins"/> names the ids it came from. <see cref="NextNumber"/>
/// is the first number never handed out in this document's history, so new ids never reuse an old one.
/// </summary>
public sealed record IdentifiedVersion(
    IReadOnlyList<Provision> Provisions,
    IReadOnlyList<string> Ids,
    IReadOnlyList<IReadOnlyList<string>> Origins,
    int NextNumber)
{
    /// <summary>The id of the provision at <paramref name="index"/>.</summary>
    public string IdOf(int index) => Ids[index];
}

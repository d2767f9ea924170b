namespace Clauseline.Analysis.Compliance;

/// <summary>
/// Writes the compliance analysis of a provision for a profile, from its rated categories, the regulatory knowledge
/// base and the prose of <c>considerations.json</c>: a plain reading, the regulatory landscape, the governance
/// exposure, the jurisdiction flags, the contract implications, the compliance considerations and the related
/// provisions of the same document. Every part follows the provision's own drivers and the profile, so two clauses
/// of one category that differ in wording get different analyses.
/// </summary>
public sealed class ComplianceAnalyzer(Taxonomy taxonomy, RegulationBase regulations, Considerations considerations)
{
    private static readonly Lazy<ComplianceAnalyzer> Shipped = new(() => new ComplianceAnalyzer(Taxonomy.Default, RegulationBase.Default, Considerations.Default));

    public static ComplianceAnalyzer Default => Shipped.Value;

    /// <summary>The analysis of a provision; it needs at least one category of the taxonomy.</summary>
    /// <exception cref="ArgumentException">The subject has no category the taxonomy knows.</exception>
    public ComplianceAnalysis Analyse(AnalysisSubject subject)
    {
        var c = new AnalysisContext(subject, taxonomy, considerations);
        if (c.Categories.Count == 0)
        {
            throw new ArgumentException($"Provision {subject.ProvisionId} has no category of the taxonomy to analyse.", nameof(subject));
        }
        var entries = RegulationEntry.For(c, regulations);
        return new ComplianceAnalysis(
            subject.ProvisionId,
            PlainReadingWriter.Write(c),
            RegulatoryLandscape.Items(c, entries),
            ExposureNarrative.Tell(c, entries),
            RegulatoryLandscape.Flags(c, entries),
            ContractImplications.Compose(c),
            ConsiderationPicker.Pick(c),
            RelatedProvisionFinder.Find(c),
            considerations.Notice);
    }
}

namespace Clauseline.Analysis.Compliance;

/// <summary>
/// Finds the other provisions of the same document whose categories the taxonomy relates to this provision's
/// (account responsibility and billing disputes, content licence and AI training, …), each with why it bears here.
/// </summary>
internal static class RelatedProvisionFinder
{
    public static IReadOnlyList<RelatedProvision> Find(AnalysisContext c)
    {
        var related = new List<RelatedProvision>();
        foreach (var neighbour in c.Subject.Document.Where(n => n.ProvisionId != c.Subject.ProvisionId))
        {
            var match = neighbour.Categories.Select(c.Taxonomy.Find).FirstOrDefault(other => other is not null && c.Categories.Any(r =>
                r.Category.Id != other.Id && (r.Category.Related.Contains(other.Id) || other.Related.Contains(r.Category.Id))));
            if (match is null)
            {
                continue;
            }
            var why = c.Say("related_why", ("label", neighbour.Label), ("category", AnalysisContext.InSentence(match)), ("bears", c.ProseOf(match).Bears));
            related.Add(new RelatedProvision(neighbour.ProvisionId, neighbour.Label, match.Id, why));
        }
        return related;
    }
}

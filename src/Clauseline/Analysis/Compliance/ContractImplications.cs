namespace Clauseline.Analysis.Compliance;

/// <summary>
/// What a provision means for the contract and the vendor relationship: how each category allocates risk and what to
/// negotiate, what the provision's wording and the profile add, which of the platform's other documents bear on it,
/// and what to record in the vendor file.
/// </summary>
internal static class ContractImplications
{
    public static IReadOnlyList<CompliancePoint> Compose(AnalysisContext c)
    {
        var points = new List<CompliancePoint>();
        foreach (var rated in c.Categories)
        {
            Add(points, c.Fill(c.ProseOf(rated.Category).Implication), $"category:{rated.Category.Id}");
        }
        foreach (var driver in c.WordingDrivers.Where(d => c.Prose.Wording.ContainsKey(d.Id)))
        {
            Add(points, c.Fill(c.Prose.Wording[driver.Id].Implication), $"wording:{driver.Id}");
        }
        foreach (var driver in c.ProfileDrivers.Where(d => c.Prose.Profile.ContainsKey(d.Id)))
        {
            Add(points, c.Fill(c.Prose.Profile[driver.Id].Implication), $"profile:{driver.Id}");
        }
        foreach (var document in c.Subject.OtherDocuments.DistinctBy(d => d.TypeId))
        {
            var phrase = c.Categories.Select(r => c.ProseOf(r.Category).Documents.GetValueOrDefault(document.TypeId)).FirstOrDefault(p => p is not null);
            if (phrase is not null)
            {
                Add(points, c.Say("document", ("title", document.Title), ("phrase", phrase)), $"document:{document.TypeId}");
            }
        }
        var lead = c.Categories.OrderByDescending(r => r.Exposure.Score).First();
        Add(points, c.Say("record", ("category", AnalysisContext.InSentence(lead.Category)), ("level", lead.Exposure.Level.Title())), "record");
        return points;
    }

    internal static void Add(List<CompliancePoint> points, string? text, string source)
    {
        if (text is not null && !points.Any(p => p.Text == text))
        {
            points.Add(new CompliancePoint(text, source));
        }
    }
}

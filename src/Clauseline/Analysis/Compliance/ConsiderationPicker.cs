namespace Clauseline.Analysis.Compliance;

/// <summary>
/// Chooses the due-diligence actions for a provision: first those naming a value the provision states (a period, an
/// amount, a place), then those its wording and the profile call for, then the category's standing ones.
/// </summary>
internal static class ConsiderationPicker
{
    public static IReadOnlyList<CompliancePoint> Pick(AnalysisContext c)
    {
        var points = new List<CompliancePoint>();
        foreach (var rated in c.Categories)
        {
            foreach (var template in c.ProseOf(rated.Category).Considerations.Where(NamesValue))
            {
                ContractImplications.Add(points, c.Fill(template), $"category:{rated.Category.Id}");
            }
        }
        foreach (var driver in c.WordingDrivers.Where(d => c.Prose.Wording.ContainsKey(d.Id)))
        {
            ContractImplications.Add(points, c.Fill(c.Prose.Wording[driver.Id].Consideration), $"wording:{driver.Id}");
        }
        foreach (var driver in c.ProfileDrivers.Where(d => c.Prose.Profile.ContainsKey(d.Id)))
        {
            ContractImplications.Add(points, c.Fill(c.Prose.Profile[driver.Id].Consideration), $"profile:{driver.Id}");
        }
        foreach (var rated in c.Categories)
        {
            foreach (var template in c.ProseOf(rated.Category).Considerations.Where(t => !NamesValue(t)))
            {
                ContractImplications.Add(points, c.Fill(template), $"category:{rated.Category.Id}");
            }
        }
        return points;
    }

    private static bool NamesValue(string template) => Template.HasSlots(template.Replace("{party}", "", StringComparison.Ordinal));
}

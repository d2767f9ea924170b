namespace Clauseline.Analysis.Compliance;

/// <summary>
/// Tells the exposure of a provision: the highest level among its categories with its range, each driver as a
/// sentence quoting the provision's words, what the reader could state to settle a range, and the enforcement risk
/// of the regulations that reach the profile.
/// </summary>
internal static class ExposureNarrative
{
    private const int EnforcementShown = 2;

    public static GovernanceExposure Tell(AnalysisContext c, IReadOnlyList<RegulationEntry> entries)
    {
        var ordered = c.Categories.OrderByDescending(r => r.Exposure.Score).ToList();
        var lead = ordered[0].Exposure;
        var drivers = ordered.SelectMany(r => r.Exposure.Drivers.Select(d => new DriverNote(r.Category.Id, d.Kind, d.Id, d.Delta, Sentence(c, d)))).ToList();
        return new GovernanceExposure(lead.Level, lead.RangeText, lead.Score, drivers, Movers(c, lead), Enforcement(c, entries));
    }

    /// <summary>What would settle the range: each fact that moves the level alone, or all of them together when none does.</summary>
    private static List<string> Movers(AnalysisContext c, ExposureAssessment lead)
    {
        var alone = lead.Movers.Where(m => m.IfFavourable != m.IfUnfavourable).DistinctBy(m => m.Field).Select(m => c.Say("mover",
            ("what", What(c, m)),
            ("favourable", m.IfFavourable.Title()), ("unfavourable", m.IfUnfavourable.Title()))).ToList();
        if (alone.Count > 0 || lead.Lowest == lead.Highest)
        {
            return alone;
        }
        var facts = string.Join(" and ", lead.Movers.Select(m => m.Description).Distinct());
        return [c.Say("movers_together", ("facts", facts), ("favourable", lead.Lowest.Title()), ("unfavourable", lead.Highest.Title()))];
    }

    /// <summary>
    /// What the reader would state: the phrase for the one field ("security.mfa_enforced", "jurisdiction:eu"), or
    /// for the facts stated together ("security posture"), or the rater's own words.
    /// </summary>
    private static string What(AnalysisContext c, ExposureMover m)
    {
        var fields = m.Field.Split(", ");
        return fields.Length == 1 && c.Prose.Movers.TryGetValue(fields[0].Split(':')[0], out var one) ? one
            : c.Prose.Movers.TryGetValue(m.Description, out var together) ? together
            : c.Say("mover_fallback", ("description", m.Description));
    }

    private static string Sentence(AnalysisContext c, ExposureDriver d)
    {
        var direction = c.Prose.Phrase(d.Delta >= 0 ? "raises" : "lowers");
        return d.Kind switch
        {
            DriverKind.Baseline => c.Say("driver_baseline", ("description", d.Description)),
            DriverKind.Wording => c.Say("driver_wording", ("description", c.Own(d.Description)), ("quote", d.Quote ?? ""), ("direction", direction)),
            _ => c.Say("driver_profile", ("description", c.Own(d.Description)), ("direction", direction)),
        };
    }

    /// <summary>The enforcement of the regulations that reach the profile, those aimed at its sector first.</summary>
    private static List<string> Enforcement(AnalysisContext c, IReadOnlyList<RegulationEntry> entries)
    {
        var reaching = entries.Where(e => e.Relevance is Relevance.Applies or Relevance.Unstated)
            .OrderBy(e => c.Prose.Scopes.TryGetValue(e.Regulation.Id, out var s) && s.Sector is not null && s.Sector == c.Profile.Sector ? 0 : 1)
            .Take(EnforcementShown)
            .Select(e => c.Say("enforcement", ("name", e.Regulation.ShortName), ("enforcement", e.Regulation.Enforcement)))
            .ToList();
        return reaching.Count > 0 ? reaching : [c.Prose.Phrase("enforcement_none")];
    }
}

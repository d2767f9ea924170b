namespace Clauseline.Analysis.Compliance;

/// <summary>
/// The regulatory landscape and the jurisdiction flags of a provision: for each regulation its citation and how it
/// bears here (the category's reason, what the article obliges, the provision's own wording), and per jurisdiction
/// what to watch, filtered by the profile's jurisdictions when it states them.
/// </summary>
internal static class RegulatoryLandscape
{
    private static readonly string[] JurisdictionOrder = ["eu", "uk", "us", "us-ca"];

    public static IReadOnlyList<LandscapeItem> Items(AnalysisContext c, IReadOnlyList<RegulationEntry> entries) =>
        [.. entries.Select(e => new LandscapeItem(e.Regulation.Id, e.Regulation.Name, e.Citation, e.Regulation.Jurisdictions,
            e.Categories, Text(c, e), e.Relevance, e.Note))];

    public static IReadOnlyList<JurisdictionFlag> Flags(AnalysisContext c, IReadOnlyList<RegulationEntry> entries)
    {
        var stated = c.Profile.Jurisdictions;
        var shown = stated is null ? JurisdictionOrder : JurisdictionOrder.Where(stated.Contains).Concat(stated.Except(JurisdictionOrder)).ToArray();
        var flags = new List<JurisdictionFlag>();
        foreach (var j in shown)
        {
            var name = c.Prose.Jurisdictions.GetValueOrDefault(j, j);
            var watch = entries.Where(e => e.Regulation.Jurisdictions.Contains(j)).Select(e =>
            {
                var item = c.Say("flag_item", ("citation", e.Citation), ("how", string.Join(' ', e.Hows.Distinct())));
                return e.Note is null || e.Relevance == Relevance.OtherJurisdiction ? item : c.Say("flag_scope", ("text", item), ("note", e.Note));
            }).ToList();
            if (watch.Count == 0)
            {
                watch.Add(c.Say("flag_none", ("jurisdiction", name)));
            }
            flags.Add(new JurisdictionFlag(j, name, stated is not null, watch, stated is null ? c.Prose.Phrase("flag_unstated") : null));
        }
        return flags;
    }

    private static string Text(AnalysisContext c, RegulationEntry e)
    {
        var parts = new List<string>(e.Hows.Distinct());
        if (e.Articles.Select(e.Regulation.Article).FirstOrDefault(a => a is not null) is { } article)
        {
            parts.Add(c.Say("landscape_article", ("ref", article.Ref), ("title", article.Title), ("obliges", article.Obliges)));
        }
        var wording = c.Categories.Where(r => e.Categories.Contains(r.Category.Id))
            .SelectMany(r => r.Exposure.Drivers).FirstOrDefault(d => d.Kind == DriverKind.Wording);
        if (wording is not null)
        {
            parts.Add(c.Say("landscape_wording", ("description", c.Own(wording.Description)), ("quote", wording.Quote ?? "")));
        }
        return string.Join(' ', parts);
    }
}

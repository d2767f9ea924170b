using System.Text.RegularExpressions;

namespace Clauseline.Analysis.Compliance;

/// <summary>
/// One regulation that the provision's categories link to, with the articles and reasons of every link and how far
/// it reaches the profile. The regulatory landscape and the jurisdiction flags are both told from these.
/// </summary>
internal sealed partial record RegulationEntry(
    Regulation Regulation,
    List<string> Articles,
    List<string> Hows,
    List<string> Categories,
    Relevance Relevance,
    string? Note)
{
    /// <summary>"GDPR, Regulation (EU) 2016/679, Art. 28": the short name, the instrument without dates or amendments, and the articles.</summary>
    public string Citation
    {
        get
        {
            var instrument = Cut().Split(Regulation.Citation)[0].Trim();
            var head = instrument.StartsWith(Regulation.ShortName, StringComparison.Ordinal) ? instrument : $"{Regulation.ShortName}, {instrument}";
            return Articles.Count == 0 ? head : $"{head}, {string.Join(", ", Articles)}";
        }
    }

    /// <summary>The regulations the categories link to, merged per regulation, ordered by how far they reach the profile.</summary>
    public static List<RegulationEntry> For(AnalysisContext c, RegulationBase regulations)
    {
        var entries = new List<RegulationEntry>();
        foreach (var rated in c.Categories)
        {
            foreach (var link in rated.Category.Regulations)
            {
                if (regulations.Find(link.Id) is not { } regulation)
                {
                    continue;
                }
                var entry = entries.Find(e => e.Regulation.Id == regulation.Id);
                if (entry is null)
                {
                    var (relevance, note) = Reach(c, regulation);
                    entry = new RegulationEntry(regulation, [], [], [], relevance, note);
                    entries.Add(entry);
                }
                entry.Articles.AddRange(link.Articles.Where(a => !entry.Articles.Contains(a, StringComparer.Ordinal)));
                entry.Hows.Add(link.How);
                entry.Categories.Add(rated.Category.Id);
            }
        }
        return [.. entries.OrderBy(e => e.Relevance)];
    }

    private static (Relevance, string?) Reach(AnalysisContext c, Regulation regulation)
    {
        var profile = c.Profile;
        if (profile.Jurisdictions is { } stated && !regulation.Jurisdictions.Any(stated.Contains))
        {
            var names = string.Join(", ", regulation.Jurisdictions.Select(j => c.Prose.Jurisdictions.GetValueOrDefault(j, j)));
            return (Relevance.OtherJurisdiction, c.Say("landscape_other_jurisdiction", ("jurisdictions", names)));
        }
        var reached = profile.Jurisdictions is null ? Relevance.Unstated : Relevance.Applies;
        if (!c.Prose.Scopes.TryGetValue(regulation.Id, out var scope))
        {
            return (reached, null);
        }
        var audience = profile.Audience?.ToString().ToLowerInvariant();
        var outside = (scope.Audience is not null && audience is not null && audience != scope.Audience)
            || (scope.Sector is not null && profile.Sector is not null && profile.Sector != scope.Sector);
        return (outside ? Relevance.OutsideScope : reached, scope.Note);
    }

    /// <summary>Where the instrument's name ends: a date, an amendment, a reading-with or a second instrument.</summary>
    [GeneratedRegex(@";|\s+of\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|,\s+as\s+|\s+read\s+with\s+|,\s+applicable\s+|,\s+in\s+force\s+|\s+\(retained\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Cut();
}

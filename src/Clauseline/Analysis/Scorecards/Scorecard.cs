namespace Clauseline.Analysis.Scorecards;

/// <summary>
/// The exposure of a document or a whole platform at a glance: per category (in taxonomy order) how many of its
/// provisions are rated Low, Medium and High, the totals, and the provisions that drive it, the most exposed first.
/// A provision counts once in each of its categories; <see cref="Provisions"/> counts each provision once, at its
/// highest level.
/// </summary>
public sealed record Scorecard(
    ScorecardScope Scope,
    string? PlatformSlug,
    string? DocumentType,
    string? DocumentTitle,
    IReadOnlyList<ScorecardRow> Rows,
    LevelCounts Totals,
    LevelCounts Provisions,
    IReadOnlyList<ScorecardDriver> Drivers)
{
    public const int DefaultDrivers = 10;

    private const int DriversPerProvision = 3;

    /// <summary>The scorecard of one document's provisions.</summary>
    /// <exception cref="ArgumentException">The provisions belong to more than one document.</exception>
    public static Scorecard ForDocument(IReadOnlyList<RatedProvision> provisions, Taxonomy? taxonomy = null, int drivers = DefaultDrivers)
    {
        if (provisions.DistinctBy(p => (p.PlatformSlug, p.DocumentType)).Skip(1).Any())
        {
            throw new ArgumentException("A document scorecard takes the provisions of one document.", nameof(provisions));
        }
        var first = provisions.Count > 0 ? provisions[0] : null;
        return Build(ScorecardScope.Document, first?.PlatformSlug, first?.DocumentType, first?.DocumentTitle, provisions, taxonomy ?? Taxonomy.Default, drivers);
    }

    /// <summary>The scorecard of all the provisions of a platform's documents; each driver keeps its document.</summary>
    /// <exception cref="ArgumentException">The provisions belong to more than one platform.</exception>
    public static Scorecard ForPlatform(IReadOnlyList<RatedProvision> provisions, Taxonomy? taxonomy = null, int drivers = DefaultDrivers)
    {
        if (provisions.DistinctBy(p => p.PlatformSlug).Skip(1).Any())
        {
            throw new ArgumentException("A platform scorecard takes the provisions of one platform.", nameof(provisions));
        }
        return Build(ScorecardScope.Platform, provisions.Count > 0 ? provisions[0].PlatformSlug : null, null, null, provisions, taxonomy ?? Taxonomy.Default, drivers);
    }

    private static Scorecard Build(ScorecardScope scope, string? slug, string? type, string? title, IReadOnlyList<RatedProvision> provisions, Taxonomy taxonomy, int drivers)
    {
        var counts = new Dictionary<string, LevelCounts>(StringComparer.Ordinal);
        var perProvision = LevelCounts.None;
        foreach (var provision in provisions)
        {
            foreach (var rated in provision.Categories.DistinctBy(r => r.Id))
            {
                counts[rated.Id] = counts.GetValueOrDefault(rated.Id, LevelCounts.None).Add(rated.Exposure.Level);
            }
            if (provision.Categories.Count > 0)
            {
                perProvision = perProvision.Add(provision.Categories.Max(r => r.Exposure.Level));
            }
        }
        var rows = new List<ScorecardRow>();
        foreach (var group in taxonomy.Groups)
        {
            rows.AddRange(group.Categories.Where(c => counts.ContainsKey(c.Id)).Select(c => new ScorecardRow(c.Id, c.Name, group.Id, group.Name, counts[c.Id])));
        }
        // Categories the taxonomy does not know (a newer classifier) are kept, after the known ones.
        rows.AddRange(counts.Keys.Where(id => taxonomy.Find(id) is null).Order(StringComparer.Ordinal)
            .Select(id => new ScorecardRow(id, id, "", "", counts[id])));
        var totals = new LevelCounts(rows.Sum(r => r.Counts.Low), rows.Sum(r => r.Counts.Medium), rows.Sum(r => r.Counts.High));
        return new Scorecard(scope, slug, type, title, rows, totals, perProvision, Driving(provisions, drivers));
    }

    private static List<ScorecardDriver> Driving(IReadOnlyList<RatedProvision> provisions, int count) =>
        [.. provisions.Where(p => p.Categories.Count > 0)
            .Select(p => (Provision: p, Top: p.Categories.OrderByDescending(r => r.Exposure.Level).ThenByDescending(r => r.Exposure.Score).First()))
            .OrderByDescending(x => x.Top.Exposure.Level)
            .ThenByDescending(x => x.Top.Exposure.Score)
            .Take(count)
            .Select(x => new ScorecardDriver(x.Provision, x.Top.Id, x.Top.Exposure.Level, x.Top.Exposure.Score,
                [.. x.Top.Exposure.Drivers.Where(d => d.Kind != DriverKind.Baseline && d.Delta > 0).OrderByDescending(d => d.Delta).Take(DriversPerProvision)]))];
}

/// <summary>Whether a scorecard covers one document or a whole platform.</summary>
public enum ScorecardScope
{
    Document,
    Platform,
}

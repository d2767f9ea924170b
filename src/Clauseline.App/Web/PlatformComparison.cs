using Clauseline.Analysis;
using Clauseline.App.Analysis;
using Clauseline.Archive;

namespace Clauseline.App.Web;

/// <summary>One category across the compared platforms: per platform (in the order chosen) its provisions of the category, most exposed first, or none.</summary>
public sealed record ComparisonRow(Category Category, IReadOnlyList<IReadOnlyList<ProvisionExposure>> Cells);

/// <summary>
/// Two to four platforms side by side: a row per category of the taxonomy that any of them has, in taxonomy order,
/// each cell holding that platform's provisions of the category for the chosen profile.
/// </summary>
public sealed record PlatformComparison(IReadOnlyList<Platform> Platforms, Profile Profile, IReadOnlyList<ComparisonRow> Rows)
{
    public const int Fewest = 2;
    public const int Most = 4;

    public static PlatformComparison Build(IReadOnlyList<Platform> platforms, AnalysisSnapshot snapshot, ClauseRater rater, Profile profile, Taxonomy taxonomy)
    {
        var rows = new List<ComparisonRow>();
        foreach (var category in taxonomy.Categories)
        {
            var provisions = snapshot.InCategory(category.Id);
            var cells = platforms.Select(p => ProvisionExposure.MostExposedFirst(
                ProvisionExposure.Of(provisions.Where(x => x.Document.PlatformSlug == p.Slug), category.Id, profile, rater))).ToList();
            if (cells.Any(c => c.Count > 0))
                rows.Add(new ComparisonRow(category, cells));
        }
        return new PlatformComparison(platforms, profile, rows);
    }

    /// <summary>The slugs asked for: repeated <c>platforms</c> values (check boxes) or one comma-separated list, in order, each once.</summary>
    public static IReadOnlyList<string> Slugs(IEnumerable<string>? values) =>
        [.. (values ?? []).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct(StringComparer.OrdinalIgnoreCase)];
}

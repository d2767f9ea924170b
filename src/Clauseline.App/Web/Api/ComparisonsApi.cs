using Clauseline.Analysis;
using Clauseline.App.Analysis;
using Clauseline.Archive;
using Clauseline.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Clauseline.App.Web.Api;

/// <summary><c>/api/v1/compare?platforms=a,b&amp;category=</c>: two to four platforms side by side, as the comparison page shows them.</summary>
internal static class ComparisonsApi
{
    public static void MapComparisons(this RouteGroupBuilder api)
    {
        api.MapGet("/compare", async Task<Results<Ok<ComparisonResource>, ProblemHttpResult>> (string? platforms, string? category, HttpContext http, Store store, AnalysisIndex analysis, CancellationToken ct) =>
        {
            var slugs = PlatformComparison.Slugs([platforms ?? ""]);
            if (slugs.Count is < PlatformComparison.Fewest or > PlatformComparison.Most)
            {
                return ApiProblems.BadRequest(
                    $"Give from {PlatformComparison.Fewest} to {PlatformComparison.Most} platform slugs, separated by commas, in ?platforms=; {slugs.Count} were given.");
            }
            Category? only = null;
            if (!string.IsNullOrWhiteSpace(category) && (only = Taxonomy.Default.Find(category.Trim())) is null)
                return ApiProblems.NotFound($"The taxonomy has no category '{category}'.");
            var chosen = new List<Platform>();
            foreach (var slug in slugs)
            {
                if (await store.FindPlatformAsync(slug, ct) is not { } platform)
                    return ApiProblems.NotFound($"There is no platform '{slug}'.");
                chosen.Add(platform);
            }
            var organisation = await ApiCaller.OrganisationAsync(http.User, store, ct);
            var profile = organisation is null ? Profile.Unknown : ApiCaller.Profile(organisation);
            var comparison = PlatformComparison.Build(chosen, await analysis.GetAsync(ct), analysis.Rater, profile, Taxonomy.Default);
            var rows = comparison.Rows
                .Where(r => only is null || r.Category.Id == only.Id)
                .Select(r => new ComparisonRowResource(r.Category.Id, r.Category.Name,
                    [.. r.Cells.Select((cell, i) => new ComparisonCellResource(chosen[i].Slug, [.. cell.Select(RatedProvisionResource.Of)]))]))
                .ToList();
            return TypedResults.Ok(new ComparisonResource([.. chosen.Select(p => p.Slug)], profile.Id, rows));
        })
        .WithTags("Comparisons").WithName("Compare")
        .WithSummary("Two to four platforms side by side (?platforms=a,b): per category of the taxonomy, each platform's provisions, most exposed first; ?category= keeps one category.")
        .ProducesProblem(StatusCodes.Status400BadRequest)
        .ProducesProblem(StatusCodes.Status404NotFound);
    }
}

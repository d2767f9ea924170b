using Clauseline.Analysis;
using Clauseline.App.Analysis;
using Clauseline.App.Web.Pages;
using Clauseline.Archive;
using Clauseline.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Clauseline.App.Web;

/// <summary>
/// The pages that read across platforms: the taxonomy with its counts, one category across every platform, two to
/// four platforms side by side, and how the analysis is made. Each rates exposure for <c>?profile=NAME</c>.
/// </summary>
public static class AnalysisEndpoints
{
    public static void MapAnalysisPages(this WebApplication app)
    {
        app.MapGet("/categories", async Task<IResult> (string? profile, AnalysisIndex analysis, CancellationToken ct) =>
        {
            if (ProfileChoice.Resolve(profile) is not { } chosen)
                return ErrorPages.BadRequest(ProfileChoice.Unknown(profile!));
            return new RazorComponentResult<CategoriesPage>(new { Snapshot = await analysis.GetAsync(ct), Taxonomy = Taxonomy.Default, Profile = chosen });
        });

        app.MapGet("/categories/{id}", async Task<IResult> (string id, string? profile, AnalysisIndex analysis, CancellationToken ct) =>
        {
            if (ProfileChoice.Resolve(profile) is not { } chosen)
                return ErrorPages.BadRequest(ProfileChoice.Unknown(profile!));
            if (Taxonomy.Default.Find(id) is not { } category)
                return ErrorPages.NotFound($"The taxonomy has no category '{id}'.");
            var snapshot = await analysis.GetAsync(ct);
            return new RazorComponentResult<CategoryPage>(new
            {
                Category = category,
                Group = Taxonomy.Default.Groups.First(g => g.Id == category.Group),
                Provisions = ProvisionExposure.Of(snapshot.InCategory(category.Id), category.Id, chosen, analysis.Rater),
                Profile = chosen,
            });
        });

        app.MapGet("/compare", async Task<IResult> ([FromQuery] string[]? platforms, string? with, string? profile, Store store, AnalysisIndex analysis, CancellationToken ct) =>
        {
            if (ProfileChoice.Resolve(profile) is not { } chosen)
                return ErrorPages.BadRequest(ProfileChoice.Unknown(profile!));
            var all = await store.GetPlatformsAsync(ct);
            var slugs = PlatformComparison.Slugs(platforms);
            if (slugs.Count == 0)
                return Compare(all, chosen, PlatformComparison.Slugs([with ?? ""]), null, null, StatusCodes.Status200OK);
            if (slugs.Count is < PlatformComparison.Fewest or > PlatformComparison.Most)
            {
                return Compare(all, chosen, slugs, null,
                    $"Choose from {PlatformComparison.Fewest} to {PlatformComparison.Most} platforms to compare; {Format.Count(slugs.Count, "platform was", "platforms were")} given.",
                    StatusCodes.Status400BadRequest);
            }
            var chosenPlatforms = new List<Platform>();
            foreach (var slug in slugs)
            {
                if (await store.FindPlatformAsync(slug, ct) is not { } platform)
                    return Compare(all, chosen, slugs, null, $"There is no platform '{slug}'.", StatusCodes.Status404NotFound);
                chosenPlatforms.Add(platform);
            }
            var comparison = PlatformComparison.Build(chosenPlatforms, await analysis.GetAsync(ct), analysis.Rater, chosen, Taxonomy.Default);
            return Compare(all, chosen, [.. chosenPlatforms.Select(p => p.Slug)], comparison, null, StatusCodes.Status200OK);
        });

        app.MapGet("/methodology", () => new RazorComponentResult<MethodologyPage>());
    }

    private static RazorComponentResult<ComparePage> Compare(IReadOnlyList<Platform> all, Profile profile, IReadOnlyList<string> selected, PlatformComparison? comparison, string? problem, int status) =>
        new(new { All = all, Profile = profile, Selected = selected, Comparison = comparison, Problem = problem }) { StatusCode = status };
}

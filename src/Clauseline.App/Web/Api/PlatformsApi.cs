using Clauseline.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Clauseline.App.Web.Api;

/// <summary><c>/api/v1/platforms</c>: the platforms the archive watches, and one platform.</summary>
internal static class PlatformsApi
{
    public static void MapPlatforms(this RouteGroupBuilder api)
    {
        var platforms = api.MapGroup("/platforms").WithTags("Platforms");

        platforms.MapGet("", async Task<Results<Ok<Page<PlatformResource>>, ProblemHttpResult>> (HttpRequest request, Store store, ApiOptions options, CancellationToken ct) =>
        {
            var (page, problem) = PageRequest.Read(request, options);
            if (page is null)
                return ApiProblems.BadRequest(problem!);
            var all = (await store.GetPlatformsAsync(ct)).OrderBy(p => p.Slug, StringComparer.Ordinal).ToList();
            return TypedResults.Ok(Paging.ByText(all, p => p.Slug, page, PlatformResource.Of));
        })
        .WithName("ListPlatforms").WithSummary("The platforms, by slug.")
        .WithPagination();

        platforms.MapGet("/{slug}", async Task<Results<Ok<PlatformResource>, ProblemHttpResult>> (string slug, Store store, CancellationToken ct) =>
            await store.FindPlatformAsync(slug, ct) is { } platform
                ? TypedResults.Ok(PlatformResource.Of(platform))
                : ApiProblems.NotFound($"There is no platform '{slug}'."))
        .WithName("GetPlatform").WithSummary("One platform, by slug.")
        .ProducesProblem(StatusCodes.Status404NotFound);
    }
}

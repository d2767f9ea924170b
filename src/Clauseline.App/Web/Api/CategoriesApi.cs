using Clauseline.Analysis;
using Clauseline.App.Analysis;
using Clauseline.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Clauseline.App.Web.Api;

/// <summary>The governance taxonomy, one category, and the provisions of a category across platforms.</summary>
internal static class CategoriesApi
{
    public static void MapCategories(this RouteGroupBuilder api)
    {
        var categories = api.MapGroup("/categories").WithTags("Categories");

        categories.MapGet("", Results<Ok<Page<CategoryResource>>, ProblemHttpResult> (HttpRequest request, ApiOptions options) =>
        {
            var (page, problem) = PageRequest.Read(request, options);
            if (page is null)
                return ApiProblems.BadRequest(problem!);
            var taxonomy = Taxonomy.Default;
            var all = taxonomy.Categories.Select((c, i) => (Position: (long)i, Category: c)).ToList();
            return TypedResults.Ok(Paging.ByNumber(all, c => c.Position, page, c => CategoryResource.Of(c.Category, taxonomy)));
        })
        .WithName("ListCategories").WithSummary("The categories of the governance taxonomy, in taxonomy order.")
        .WithPagination();

        categories.MapGet("/{id}", Results<Ok<CategoryResource>, ProblemHttpResult> (string id) =>
            Taxonomy.Default.Find(id) is { } category
                ? TypedResults.Ok(CategoryResource.Of(category, Taxonomy.Default))
                : ApiProblems.NotFound($"The taxonomy has no category '{id}'."))
        .WithName("GetCategory").WithSummary("One category of the taxonomy.")
        .ProducesProblem(StatusCodes.Status404NotFound);

        categories.MapGet("/{id}/provisions", async Task<Results<Ok<Page<RatedProvisionResource>>, ProblemHttpResult>> (string id, HttpContext http, Store store, AnalysisIndex analysis, ApiOptions options, CancellationToken ct) =>
        {
            var (page, problem) = PageRequest.Read(http.Request, options);
            if (page is null)
                return ApiProblems.BadRequest(problem!);
            if (Taxonomy.Default.Find(id) is not { } category)
                return ApiProblems.NotFound($"The taxonomy has no category '{id}'.");
            var organisation = await ApiCaller.OrganisationAsync(http.User, store, ct);
            var profile = organisation is null ? Profile.Unknown : ApiCaller.Profile(organisation);
            var all = (await analysis.GetAsync(ct)).InCategory(category.Id).Select((p, i) => (Position: (long)i, Provision: p)).ToList();
            // Rated page by page: rating every provision of a category for a profile costs more than a page needs.
            return TypedResults.Ok(Paging.ByNumber(all, p => p.Position, page,
                p => RatedProvisionResource.Of(new ProvisionExposure(p.Provision, p.Provision.Exposure(category.Id, profile, analysis.Rater.Exposure)!))));
        })
        .WithName("ListCategoryProvisions")
        .WithSummary("The provisions of a category on every platform, by platform, with their exposure for the calling organisation's profile.")
        .WithPagination()
        .ProducesProblem(StatusCodes.Status404NotFound);
    }
}

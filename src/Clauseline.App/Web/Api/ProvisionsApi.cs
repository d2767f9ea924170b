using Clauseline.Analysis;
using Clauseline.App.Analysis;
using Clauseline.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Clauseline.App.Web.Api;

/// <summary>The provisions of a document's latest version, in document order, and one provision rated for the caller's profile.</summary>
internal static class ProvisionsApi
{
    public static void MapProvisions(this RouteGroupBuilder api)
    {
        var provisions = api.MapGroup(DocumentsApi.Route + "/provisions").WithTags("Provisions");

        provisions.MapGet("", async Task<Results<Ok<Page<ProvisionResource>>, ProblemHttpResult>> (string slug, string type, HttpRequest request, Store store, AnalysisIndex analysis, ApiOptions options, CancellationToken ct) =>
        {
            var (page, problem) = PageRequest.Read(request, options);
            if (page is null)
                return ApiProblems.BadRequest(problem!);
            var (document, missing) = await DocumentsApi.FindAsync(store, slug, type, ct);
            if (document is null)
                return missing!;
            var analysed = (await analysis.GetAsync(ct)).FindDocument(document.Key);
            var all = analysed?.Provisions.Select((p, i) => (Position: (long)i, Provision: p)).ToList() ?? [];
            return TypedResults.Ok(Paging.ByNumber(all, p => p.Position, page, p => ProvisionResource.Of(p.Provision)));
        })
        .WithName("ListProvisions")
        .WithSummary("The provisions of the document's latest version, in document order, headings included, each with its category ids.")
        .WithPagination()
        .ProducesProblem(StatusCodes.Status404NotFound);

        provisions.MapGet("/{provisionId}", async Task<Results<Ok<ProvisionDetail>, ProblemHttpResult>> (string slug, string type, string provisionId, HttpContext http, Store store, AnalysisIndex analysis, CancellationToken ct) =>
        {
            var (document, missing) = await DocumentsApi.FindAsync(store, slug, type, ct);
            if (document is null)
                return missing!;
            var snapshot = await analysis.GetAsync(ct);
            if (snapshot.Find(AnalysisSnapshot.Key(document.PlatformSlug, document.TypeId, provisionId)) is not { } provision)
                return ApiProblems.NotFound($"The latest version of {document.PlatformName} {document.TypeName} has no provision '{provisionId}'.");
            var organisation = await ApiCaller.OrganisationAsync(http.User, store, ct);
            var profile = organisation is null ? Profile.Unknown : ApiCaller.Profile(organisation);
            var categories = provision.Rate(profile, analysis.Rater.Exposure)
                .Where(c => Taxonomy.Default.Find(c.Id) is not null)
                .Select(c => new CategoryExposure(c.Id, Taxonomy.Default.Get(c.Id).Name, c.Match.Score, ExposureResource.Of(c.Exposure)))
                .ToList();
            return TypedResults.Ok(new ProvisionDetail(ProvisionResource.Of(provision), profile.Id, categories));
        })
        .WithName("GetProvision")
        .WithSummary("One provision of the latest version with its categories and their exposure for the calling organisation's profile.")
        .ProducesProblem(StatusCodes.Status404NotFound);
    }
}

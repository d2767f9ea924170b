using Clauseline.Archive;
using Clauseline.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Clauseline.App.Web.Api;

/// <summary><c>/api/v1/platforms/{slug}/documents</c>: a platform's documents with their latest versions, and one document.</summary>
internal static class DocumentsApi
{
    public const string Route = "/platforms/{slug}/documents/{type}";

    public static string Url(Document document) => $"{ApiPaths.V1}/platforms/{document.PlatformSlug}/documents/{document.TypeId}";

    public static void MapDocuments(this RouteGroupBuilder api)
    {
        var documents = api.MapGroup("/platforms/{slug}/documents").WithTags("Documents");

        documents.MapGet("", async Task<Results<Ok<Page<DocumentResource>>, ProblemHttpResult>> (string slug, HttpRequest request, Store store, ApiOptions options, CancellationToken ct) =>
        {
            var (page, problem) = PageRequest.Read(request, options);
            if (page is null)
                return ApiProblems.BadRequest(problem!);
            if (await store.FindPlatformAsync(slug, ct) is not { } platform)
                return ApiProblems.NotFound($"There is no platform '{slug}'.");
            var all = (await store.GetDocumentsAsync(platform.Id, ct)).OrderBy(d => d.TypeId, StringComparer.Ordinal).ToList();
            var shown = Paging.ByText(all, d => d.TypeId, page, d => d);
            var items = new List<DocumentResource>();
            foreach (var document in shown.Items)
                items.Add(DocumentResource.Of(document, await LatestAsync(store, document, ct)));
            return TypedResults.Ok(new Page<DocumentResource>(items, shown.Next));
        })
        .WithName("ListDocuments").WithSummary("A platform's documents, by type, each with its latest version.")
        .WithPagination()
        .ProducesProblem(StatusCodes.Status404NotFound);

        documents.MapGet("/{type}", async Task<Results<Ok<DocumentResource>, ProblemHttpResult>> (string slug, string type, Store store, CancellationToken ct) =>
        {
            var (document, missing) = await FindAsync(store, slug, type, ct);
            return document is null ? missing! : TypedResults.Ok(DocumentResource.Of(document, await LatestAsync(store, document, ct)));
        })
        .WithName("GetDocument").WithSummary("One document of a platform, by type, with its latest version.")
        .ProducesProblem(StatusCodes.Status404NotFound);
    }

    /// <summary>The document of a platform, or the 404 that says which of the two does not exist.</summary>
    public static async Task<(Document? Document, ProblemHttpResult? Missing)> FindAsync(Store store, string slug, string type, CancellationToken ct)
    {
        if (await store.FindPlatformAsync(slug, ct) is not { } platform)
            return (null, ApiProblems.NotFound($"There is no platform '{slug}'."));
        return await store.FindDocumentAsync(platform.Id, type, ct) is { } document
            ? (document, null)
            : (null, ApiProblems.NotFound($"{platform.Name} has no document '{type}'."));
    }

    private static async Task<LatestVersion?> LatestAsync(Store store, Document document, CancellationToken ct) =>
        (await store.GetVersionHeadsAsync(document.Id, null, 1, ct)) is [var v, ..] ? new LatestVersion(v.Id, v.Seq, v.RecordedAt, v.TextSha256) : null;
}

using Clauseline.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Clauseline.App.Web.Api;

/// <summary>A document's versions, newest first, and one version with its text on request (<c>?include=text</c>).</summary>
internal static class VersionsApi
{
    public static string Url(long id) => $"{ApiPaths.V1}/versions/{id}";

    public static void MapVersions(this RouteGroupBuilder api)
    {
        api.MapGet(DocumentsApi.Route + "/versions", async Task<Results<Ok<Page<VersionResource>>, ProblemHttpResult>> (string slug, string type, HttpRequest request, Store store, ApiOptions options, CancellationToken ct) =>
        {
            var (page, problem) = PageRequest.Read(request, options);
            if (page is null)
                return ApiProblems.BadRequest(problem!);
            var (document, missing) = await DocumentsApi.FindAsync(store, slug, type, ct);
            if (document is null)
                return missing!;
            if (!Paging.TryAfter(page, out var before))
                return ApiProblems.BadRequest(Paging.BadCursor);
            var rows = await store.GetVersionHeadsAsync(document.Id, before is { } seq ? (int)Math.Clamp(seq, 0, int.MaxValue) : null, page.Limit + 1, ct);
            return TypedResults.Ok(Paging.FromRows(rows, v => v.Seq, page, v => VersionResource.Of(v, document)));
        })
        .WithTags("Versions").WithName("ListVersions")
        .WithSummary("A document's versions, newest first, without their texts: sequence number, time, kind, SHA-256 of the text and chain hash.")
        .WithPagination()
        .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/versions/{id:long}", async Task<Results<Ok<VersionResource>, ProblemHttpResult>> (long id, string? include, Store store, CancellationToken ct) =>
        {
            if (include is not (null or "" or "text"))
                return ApiProblems.BadRequest($"include may only be 'text'; '{include}' is not something a version can include.");
            if (await store.GetVersionAsync(id, ct) is not { } version || await store.GetDocumentAsync(version.DocumentId, ct) is not { } document)
                return ApiProblems.NotFound($"There is no version {id}.");
            return TypedResults.Ok(VersionResource.Of(version, document, include == "text"));
        })
        .WithTags("Versions").WithName("GetVersion")
        .WithSummary("One version; with ?include=text, its extracted text as well.")
        .ProducesProblem(StatusCodes.Status400BadRequest)
        .ProducesProblem(StatusCodes.Status404NotFound);
    }
}

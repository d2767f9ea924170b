using Clauseline.Records;
using Clauseline.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Clauseline.App.Web.Api;

/// <summary>A document's changes, newest first, with their confirmation status, and one change with its provision changes.</summary>
internal static class ChangesApi
{
    public static void MapChanges(this RouteGroupBuilder api)
    {
        var changes = api.MapGroup(DocumentsApi.Route + "/changes").WithTags("Changes");

        changes.MapGet("", async Task<Results<Ok<Page<ChangeResource>>, ProblemHttpResult>> (string slug, string type, HttpRequest request, Store store, ChangeHistory history, ApiOptions options, CancellationToken ct) =>
        {
            var (page, problem) = PageRequest.Read(request, options);
            if (page is null)
                return ApiProblems.BadRequest(problem!);
            var (document, missing) = await DocumentsApi.FindAsync(store, slug, type, ct);
            if (document is null)
                return missing!;
            // States depend on the whole history, so it is read whole; the first version is the baseline, not a change.
            var all = (await history.ForDocumentAsync(document, withRecords: false, ct)).Where(c => !c.IsInitial).Reverse().ToList();
            return TypedResults.Ok(Paging.ByNumber(all, c => c.Version.Seq, page, ChangeResource.Of, descending: true));
        })
        .WithName("ListChanges")
        .WithSummary("A document's changes, newest first: headline, significance, status (pending, confirmed, transient), flip-back and alert flags.")
        .WithPagination()
        .ProducesProblem(StatusCodes.Status404NotFound);

        changes.MapGet("/{versionId:long}", async Task<Results<Ok<ChangeDetail>, ProblemHttpResult>> (string slug, string type, long versionId, Store store, ChangeHistory history, CancellationToken ct) =>
        {
            var (document, missing) = await DocumentsApi.FindAsync(store, slug, type, ct);
            if (document is null)
                return missing!;
            var change = (await history.ForDocumentAsync(document, withRecords: false, ct)).FirstOrDefault(c => c.Version.VersionId == versionId && !c.IsInitial);
            if (change is null || await store.GetChangeAsync(versionId, ct) is not { Record: { } record })
                return ApiProblems.NotFound($"{document.PlatformName} {document.TypeName} has no change recorded by version {versionId}.");
            return TypedResults.Ok(new ChangeDetail(ChangeResource.Of(change), record.Renumbered, [.. record.Provisions.Select(ProvisionChangeResource.Of)]));
        })
        .WithName("GetChange")
        .WithSummary("One change, by the id of the version that made it, with its provision changes and their one-line summaries.")
        .ProducesProblem(StatusCodes.Status404NotFound);
    }
}

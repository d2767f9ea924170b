using Clauseline.Alerts.Following;
using Clauseline.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Clauseline.App.Web.Api;

/// <summary>
/// The calling organisation's subscriptions: list, read, add and remove. Adding goes through <see cref="Following"/>,
/// which alone knows the plans' limits, so a refusal here says word for word what the web says.
/// </summary>
internal static class SubscriptionsApi
{
    public static void MapSubscriptions(this RouteGroupBuilder api)
    {
        var subscriptions = api.MapGroup("/subscriptions").WithTags("Subscriptions");

        subscriptions.MapGet("", async Task<Results<Ok<Page<SubscriptionResource>>, ProblemHttpResult>> (HttpContext http, Store store, ApiOptions options, CancellationToken ct) =>
        {
            var (page, problem) = PageRequest.Read(http.Request, options);
            if (page is null)
                return ApiProblems.BadRequest(problem!);
            if (await ApiCaller.OrganisationAsync(http.User, store, ct) is not { } organisation)
                return ApiCaller.Unknown();
            var all = (await store.GetSubscriptionsAsync(organisation.Id, ct)).OrderBy(s => s.Id).ToList();
            return TypedResults.Ok(Paging.ByNumber(all, s => s.Id, page, SubscriptionResource.Of));
        })
        .WithName("ListSubscriptions").WithSummary("What the organisation follows, oldest first.")
        .WithPagination();

        subscriptions.MapGet("/{id:long}", async Task<Results<Ok<SubscriptionResource>, ProblemHttpResult>> (long id, HttpContext http, Store store, CancellationToken ct) =>
        {
            if (await ApiCaller.OrganisationAsync(http.User, store, ct) is not { } organisation)
                return ApiCaller.Unknown();
            return (await store.GetSubscriptionsAsync(organisation.Id, ct)).FirstOrDefault(s => s.Id == id) is { } subscription
                ? TypedResults.Ok(SubscriptionResource.Of(subscription))
                : NotFound(id);
        })
        .WithName("GetSubscription").WithSummary("One of the organisation's subscriptions.")
        .ProducesProblem(StatusCodes.Status404NotFound);

        subscriptions.MapPost("", async Task<Results<Created<SubscriptionResource>, ProblemHttpResult>> (SubscriptionRequest body, HttpContext http, Store store, Following following, CancellationToken ct) =>
        {
            if (await ApiCaller.OrganisationAsync(http.User, store, ct) is not { } organisation)
                return ApiCaller.Unknown();
            var (request, problem) = await SubscriptionRequests.ReadAsync(body, store, ct);
            if (request is null)
                return problem!;
            var outcome = await following.FollowAsync(organisation, request, ct);
            if (!outcome.Succeeded || outcome.Subscription is not { } added)
                return ApiProblems.PlanLimit(outcome.Message);
            var resource = SubscriptionResource.Of((await store.GetSubscriptionsAsync(organisation.Id, ct)).FirstOrDefault(s => s.Id == added.Id) ?? added);
            return TypedResults.Created(resource.Url, resource);
        })
        .RequireAuthorization(ApiSetup.WritePolicy)
        .WithName("CreateSubscription")
        .WithSummary("Follows a platform, a provision or a category, within the plan's limits (409 with the reason when a limit is reached). Needs a read-write key.")
        .ProducesProblem(StatusCodes.Status400BadRequest)
        .ProducesProblem(StatusCodes.Status403Forbidden)
        .ProducesProblem(StatusCodes.Status409Conflict);

        subscriptions.MapDelete("/{id:long}", async Task<Results<NoContent, ProblemHttpResult>> (long id, HttpContext http, Store store, Following following, CancellationToken ct) =>
        {
            if (await ApiCaller.OrganisationAsync(http.User, store, ct) is not { } organisation)
                return ApiCaller.Unknown();
            // Unfollowing deletes only the organisation's own row: another organisation's id is a 404, never a deletion.
            var outcome = await following.UnfollowAsync(organisation, id, ct);
            return outcome.Succeeded ? TypedResults.NoContent() : NotFound(id);
        })
        .RequireAuthorization(ApiSetup.WritePolicy)
        .WithName("DeleteSubscription").WithSummary("Stops following what the subscription names. Needs a read-write key.")
        .ProducesProblem(StatusCodes.Status403Forbidden)
        .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static ProblemHttpResult NotFound(long id) => ApiProblems.NotFound($"Your organisation has no subscription {id}.");
}

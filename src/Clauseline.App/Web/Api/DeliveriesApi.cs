using Clauseline.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Clauseline.App.Web.Api;

/// <summary>The calling organisation's deliveries, newest first, each with every attempt to send it; never another organisation's.</summary>
internal static class DeliveriesApi
{
    public static void MapDeliveries(this RouteGroupBuilder api)
    {
        var deliveries = api.MapGroup("/deliveries").WithTags("Deliveries");

        deliveries.MapGet("", async Task<Results<Ok<Page<DeliveryResource>>, ProblemHttpResult>> (HttpContext http, Store store, ApiOptions options, CancellationToken ct) =>
        {
            var (page, problem) = PageRequest.Read(http.Request, options);
            if (page is null)
                return ApiProblems.BadRequest(problem!);
            if (await ApiCaller.OrganisationAsync(http.User, store, ct) is not { } organisation)
                return ApiCaller.Unknown();
            if (!Paging.TryAfter(page, out var before))
                return ApiProblems.BadRequest(Paging.BadCursor);
            var rows = await store.GetDeliveryPageAsync(organisation.Id, before, page.Limit + 1, ct);
            var shown = Paging.FromRows(rows, r => r.Delivery.Id, page, r => r);
            var items = new List<DeliveryResource>();
            foreach (var row in shown.Items)
                items.Add(DeliveryResource.Of(row.Delivery, row.ChannelKind, row.ChannelTarget, await store.GetDeliveryAttemptsAsync(row.Delivery.Id, ct)));
            return TypedResults.Ok(new Page<DeliveryResource>(items, shown.Next));
        })
        .WithName("ListDeliveries").WithSummary("The organisation's deliveries (alerts and digests), newest first, each with its attempts.")
        .WithPagination();

        deliveries.MapGet("/{id:long}", async Task<Results<Ok<DeliveryResource>, ProblemHttpResult>> (long id, HttpContext http, Store store, CancellationToken ct) =>
        {
            if (await ApiCaller.OrganisationAsync(http.User, store, ct) is not { } organisation)
                return ApiCaller.Unknown();
            // Another organisation's delivery is answered exactly as one that does not exist.
            if (await store.GetDeliveryAsync(id, ct) is not { } delivery || delivery.OrganisationId != organisation.Id
                || await store.GetChannelAsync(delivery.ChannelId, ct) is not { } channel || channel.OrganisationId != organisation.Id)
            {
                return ApiProblems.NotFound($"Your organisation has no delivery {id}.");
            }
            return TypedResults.Ok(DeliveryResource.Of(delivery, channel.Kind, channel.Target, await store.GetDeliveryAttemptsAsync(id, ct)));
        })
        .WithName("GetDelivery").WithSummary("One of the organisation's deliveries with its attempts.")
        .ProducesProblem(StatusCodes.Status404NotFound);
    }
}

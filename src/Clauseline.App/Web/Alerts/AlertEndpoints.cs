using Clauseline.Alerts.Following;
using Clauseline.App.Web.Accounts;
using Clauseline.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Clauseline.App.Web.Alerting;

/// <summary>
/// The member pages of alerts: the dashboard (<c>/app</c>), subscriptions and the follow form, channels, deliveries,
/// and the unsubscribe link of every alert email (RFC 8058 one-click).
/// </summary>
public static class AlertEndpoints
{
    public static void MapAlertPages(this WebApplication app)
    {
        app.MapGet("/app", async (HttpContext context, Store store, CancellationToken ct) =>
        {
            var member = context.CurrentMember();
            var platforms = await store.GetFollowedPlatformIdsAsync(member.Organisation.Id, ct);
            var changes = await store.GetConfirmedChangesAsync(platforms, DateTimeOffset.UnixEpoch, store.Time.GetUtcNow().AddMinutes(1), 200, ct);
            var subscriptions = await store.GetSubscriptionsAsync(member.Organisation.Id, ct);
            return new RazorComponentResult<DashboardPage>(new { Member = member, Subscriptions = subscriptions, Changes = changes });
        }).RequireMember();

        app.MapGet("/app/subscriptions", async (HttpContext context, Store store, CancellationToken ct) =>
            await SubscriptionsAsync(context, store, null, true, ct)).RequireMember();

        app.MapPost("/app/follow", async (IFormCollection form, HttpContext context, Store store, Following following, CancellationToken ct) =>
        {
            var member = context.CurrentMember();
            var (request, problem) = await FollowForm.ReadAsync(form, store, ct);
            var outcome = request is null ? FollowOutcome.Refused(problem!) : await following.FollowAsync(member.Organisation, request, ct);
            return await SubscriptionsAsync(context, store, outcome.Message, outcome.Succeeded, ct);
        }).RequireMember();

        app.MapPost("/app/subscriptions/{id:long}/remove", async (long id, IFormCollection form, HttpContext context, Store store, Following following, CancellationToken ct) =>
        {
            // Another organisation's id reads as no such subscription: 404, as the API answers.
            var outcome = await following.UnfollowAsync(context.CurrentMember().Organisation, id, ct);
            return await SubscriptionsAsync(context, store, outcome.Message, outcome.Succeeded, ct, outcome.Succeeded ? null : StatusCodes.Status404NotFound);
        }).RequireMember();

        app.MapGet("/app/deliveries", async (bool? failures, HttpContext context, Store store, CancellationToken ct) =>
        {
            var member = context.CurrentMember();
            var deliveries = await store.GetDeliveriesAsync(member.Organisation.Id, failures == true, cancellationToken: ct);
            return new RazorComponentResult<DeliveriesPage>(new { Member = member, Deliveries = deliveries, FailuresFirst = failures == true });
        }).RequireMember();

        app.MapChannelPages();
    }

    private static async Task<IResult> SubscriptionsAsync(HttpContext context, Store store, string? message, bool succeeded, CancellationToken ct, int? failure = null)
    {
        var member = context.CurrentMember();
        var subscriptions = await store.GetSubscriptionsAsync(member.Organisation.Id, ct);
        var platforms = await store.GetPlatformsAsync(ct);
        return new RazorComponentResult<SubscriptionsPage>(new { Member = member, Subscriptions = subscriptions, Platforms = platforms, Message = message, Succeeded = succeeded })
        {
            StatusCode = succeeded ? StatusCodes.Status200OK : failure ?? StatusCodes.Status400BadRequest,
        };
    }
}

using Clauseline.Accounts;
using Clauseline.Alerts.Channels;
using Clauseline.Alerts.Following;
using Clauseline.App.Web.Accounts;
using Clauseline.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Clauseline.App.Web.Alerting;

/// <summary>Channels (owners add and change them; members see them) and the unsubscribe link of alert emails.</summary>
public static class ChannelEndpoints
{
    public static void MapChannelPages(this WebApplication app)
    {
        app.MapGet("/app/channels", async (HttpContext context, Store store, CancellationToken ct) =>
            await PageAsync(context, store, null, true, null, ct)).RequireMember();

        app.MapPost("/app/channels", async (IFormCollection form, HttpContext context, Store store, Following following, CancellationToken ct) =>
        {
            var member = context.CurrentMember();
            var kind = ChannelKinds.Parse(form["kind"].ToString());
            if (kind is null)
                return await PageAsync(context, store, "Choose email, webhook or Slack.", false, null, ct);
            var outcome = await following.AddChannelAsync(member.Organisation, kind.Value, form["target"].ToString(),
                form["same_day"].Count > 0 || form["schedule_given"].Count == 0, form["digest"].Count > 0 || form["schedule_given"].Count == 0, ct);
            return await PageAsync(context, store, outcome.Message, outcome.Succeeded, outcome.Secret, ct);
        }).RequireOwner();

        app.MapPost("/app/channels/{id:long}/schedule", async (long id, IFormCollection form, HttpContext context, Store store, CancellationToken ct) =>
        {
            var member = context.CurrentMember();
            var sameDay = form["same_day"].Count > 0 && member.Limits(context.RequestServices.GetRequiredService<PlanOptions>()).SameDayAlerts;
            var done = await store.SetChannelScheduleAsync(member.Organisation.Id, id, sameDay, form["digest"].Count > 0, ct);
            return await PageAsync(context, store, done ? "The channel's schedule is saved." : "There is no such channel.", done, null, ct, StatusCodes.Status404NotFound);
        }).RequireOwner();

        app.MapPost("/app/channels/{id:long}/disable", async (long id, IFormCollection form, HttpContext context, Store store, CancellationToken ct) =>
        {
            var done = await store.DisableChannelAsync(context.CurrentMember().Organisation.Id, id, ct);
            return await PageAsync(context, store, done ? "The channel is disabled: nothing more is sent to it." : "There is no such enabled channel.", done, null, ct, StatusCodes.Status404NotFound);
        }).RequireOwner();

        app.MapGet("/unsubscribe/{token}", async (string token, Store store, CancellationToken ct) =>
            await store.FindChannelByUnsubscribeTokenAsync(token, ct) is { } channel
                ? new RazorComponentResult<UnsubscribePage>(new { Channel = channel, Done = false })
                : Gone());

        // RFC 8058: mail clients POST "List-Unsubscribe=One-Click" without a session or an antiforgery token; the
        // unguessable token in the URL is the authority. Repeating it changes nothing.
        app.MapPost("/unsubscribe/{token}", async (string token, Store store, CancellationToken ct) =>
            await store.DisableChannelByUnsubscribeTokenAsync(token, ct) is { } channel
                ? new RazorComponentResult<UnsubscribePage>(new { Channel = channel, Done = true })
                : Gone()).DisableAntiforgery();
    }

    private static IResult Gone() => new RazorComponentResult<UnsubscribePage>(new { Channel = (Channel?)null, Done = false }) { StatusCode = StatusCodes.Status404NotFound };

    /// <summary>The channels page with the outcome of an action; <paramref name="failure"/> is the status of a refusal (404 for another organisation's or an unknown channel).</summary>
    private static async Task<IResult> PageAsync(HttpContext context, Store store, string? message, bool succeeded, string? secret, CancellationToken ct, int? failure = null)
    {
        var member = context.CurrentMember();
        var channels = await store.GetChannelsAsync(member.Organisation.Id, ct);
        var limits = member.Limits(context.RequestServices.GetRequiredService<PlanOptions>());
        return new RazorComponentResult<ChannelsPage>(new { Member = member, Channels = channels, Limits = limits, Message = message, Succeeded = succeeded, Secret = secret })
        {
            StatusCode = succeeded ? StatusCodes.Status200OK : failure ?? StatusCodes.Status400BadRequest,
        };
    }
}

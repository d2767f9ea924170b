using Clauseline.Accounts;
using Clauseline.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Clauseline.App.Web.Accounts;

/// <summary>/app/keys: members see the organisation's keys; owners create them (up to the plan's limit, the raw key shown once) and revoke them.</summary>
public static class KeysEndpoints
{
    public static void MapKeys(this WebApplication app)
    {
        app.MapGet("/app/keys", async (string? done, HttpContext context, Store store, PlanOptions plans, CancellationToken ct) =>
            await PageAsync(context, store, plans, null, done == "revoked" ? "The key is revoked: requests with it are refused from now on." : null, null, StatusCodes.Status200OK, ct)).RequireMember();

        app.MapPost("/app/keys", async Task<IResult> (IFormCollection form, HttpContext context, Store store, PlanOptions plans, CancellationToken ct) =>
        {
            var member = context.CurrentMember();
            var name = form["name"].ToString().Trim();
            var scope = ApiKeyScopes.Parse(form["scope"]);
            if (name.Length is 0 or > 80 || scope is null)
                return await PageAsync(context, store, plans, null, null, "Give the key a name (at most 80 characters) and choose its scope.", StatusCodes.Status400BadRequest, ct);
            var limit = member.Limits(plans).MaxApiKeys;
            if (await store.CountActiveApiKeysAsync(member.Organisation.Id, ct) >= limit)
                return await PageAsync(context, store, plans, null, null, LimitReached(member.Organisation.Plan, limit, plans), StatusCodes.Status409Conflict, ct);
            var created = await store.CreateApiKeyAsync(member.Organisation.Id, name, scope.Value, member.User.Id, ct);
            // Shown in this response only: never in a URL, never cached.
            context.Response.Headers.CacheControl = "no-store";
            return await PageAsync(context, store, plans, created, null, null, StatusCodes.Status200OK, ct);
        }).RequireOwner();

        app.MapPost("/app/keys/{id:long}/revoke", async Task<IResult> (long id, IFormCollection form, HttpContext context, Store store, PlanOptions plans, CancellationToken ct) =>
            await store.RevokeApiKeyAsync(context.CurrentMember().Organisation.Id, id, ct)
                ? Results.Redirect("/app/keys?done=revoked")
                : await PageAsync(context, store, plans, null, null, "There is no such active key in this organisation.", StatusCodes.Status404NotFound, ct)).RequireOwner();
    }

    /// <summary>The message when an organisation holds as many keys as its plan allows, naming the plan that allows more.</summary>
    public static string LimitReached(Plan plan, int limit, PlanOptions plans)
    {
        ArgumentNullException.ThrowIfNull(plans);
        var more = plans.CheapestWith(l => l.MaxApiKeys > limit);
        return $"The {plan.Name()} plan allows {limit} active API {(limit == 1 ? "key" : "keys")} at a time, and this organisation has reached it. Revoke a key first"
            + (more is { } p ? $", or ask an administrator for the {p.Name()} plan ({plans.For(p).MaxApiKeys} keys)." : ".");
    }

    private static async Task<RazorComponentResult<KeysPage>> PageAsync(HttpContext context, Store store, PlanOptions plans, CreatedApiKey? created, string? notice, string? error, int status, CancellationToken ct)
    {
        var member = context.CurrentMember();
        return new RazorComponentResult<KeysPage>(new
        {
            Member = member,
            Keys = await store.GetApiKeysAsync(member.Organisation.Id, ct),
            Limit = member.Limits(plans).MaxApiKeys,
            NewKey = created,
            Notice = notice,
            Error = error,
        })
        { StatusCode = status };
    }
}

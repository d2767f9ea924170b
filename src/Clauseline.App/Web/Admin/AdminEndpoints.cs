using Clauseline.Accounts;
using Clauseline.App.Web.Accounts;
using Clauseline.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Clauseline.App.Web.Admin;

/// <summary>The administrators' pages: users (and who administers), organisations and their plans; the catalog is in <see cref="CatalogAdminEndpoints"/>.</summary>
public static class AdminEndpoints
{
    public static void MapAdminPages(this WebApplication app)
    {
        var admin = app.MapGroup("/admin").RequireAdmin();
        admin.MapGet("", () => Results.Redirect("/admin/users"));

        admin.MapGet("/users", async (HttpContext context, Store store, CancellationToken ct) => await UsersAsync(store, null, StatusCodes.Status200OK, ct));

        admin.MapPost("/users/{id:long}/admin", async Task<IResult> (long id, IFormCollection form, HttpContext context, Store store, CancellationToken ct) =>
        {
            var makeAdmin = form["admin"] == "true";
            if (!makeAdmin && id == context.UserId())
                return await UsersAsync(store, "You cannot remove your own administrator rights; another administrator can.", StatusCodes.Status409Conflict, ct);
            if (await store.GetUserAsync(id, ct) is null)
                return await UsersAsync(store, "There is no such user.", StatusCodes.Status404NotFound, ct);
            await store.SetAdminAsync(id, makeAdmin, ct);
            return Results.Redirect("/admin/users");
        });

        admin.MapGet("/organisations", async (string? done, Store store, CancellationToken ct) =>
            await OrganisationsAsync(store, done is not null && await store.FindOrganisationAsync(done, ct) is { } set ? $"{set.Name} is on the {set.Plan.Name()} plan." : null, ct));

        admin.MapPost("/organisations/{slug}/plan", async Task<IResult> (string slug, IFormCollection form, Store store, CancellationToken ct) =>
        {
            if (await store.FindOrganisationAsync(slug, ct) is not { } organisation)
                return ErrorPages.NotFound($"There is no organisation '{slug}'.");
            if (Plans.Parse(form["plan"]) is not { } plan)
                return ErrorPages.BadRequest($"'{form["plan"]}' is not a plan. The plans are free, monitor and compliance.");
            await store.SetPlanAsync(organisation.Id, plan, ct);
            return Results.Redirect($"/admin/organisations?done={Uri.EscapeDataString(organisation.Slug)}");
        });

        app.MapCatalogAdmin(admin);
    }

    private static async Task<RazorComponentResult<AdminUsersPage>> UsersAsync(Store store, string? error, int status, CancellationToken ct)
    {
        var users = await store.GetUsersAsync(ct);
        var organisations = new Dictionary<long, List<string>>();
        foreach (var user in users)
            organisations[user.Id] = [.. (await store.GetOrganisationsOfUserAsync(user.Id, ct)).Select(o => o.Role == Role.Owner ? $"{o.Organisation.Name} (owner)" : o.Organisation.Name)];
        return new RazorComponentResult<AdminUsersPage>(new { Users = users, Organisations = organisations, Error = error }) { StatusCode = status };
    }

    private static async Task<RazorComponentResult<AdminOrganisationsPage>> OrganisationsAsync(Store store, string? notice, CancellationToken ct) =>
        new(new { Organisations = await store.GetOrganisationsAsync(ct), Members = await store.CountMembersAsync(ct), Notice = notice });
}

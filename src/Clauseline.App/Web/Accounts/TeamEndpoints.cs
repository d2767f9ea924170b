using Clauseline.Accounts;
using Clauseline.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Clauseline.App.Web.Accounts;

/// <summary>/app/team: members see the team; owners invite by email, change roles and remove members, never the last owner.</summary>
public static class TeamEndpoints
{
    private static readonly Dictionary<string, string> Notices = new(StringComparer.Ordinal)
    {
        ["invited"] = "The invitation is sent.",
        ["role"] = "The role is changed.",
        ["removed"] = "The member is removed.",
    };

    public static void MapTeam(this WebApplication app)
    {
        app.MapGet("/app/team", async (string? done, HttpContext context, Store store, CancellationToken ct) =>
            await PageAsync(context, store, done is not null && Notices.TryGetValue(done, out var notice) ? notice : null, null, StatusCodes.Status200OK, ct)).RequireMember();

        app.MapPost("/app/team/invite", async Task<IResult> (IFormCollection form, HttpContext context, Store store, CancellationToken ct) =>
        {
            var member = context.CurrentMember();
            var email = form["email"].ToString().Trim();
            if (!Emails.IsValid(email))
                return await PageAsync(context, store, null, "Give a valid email address, such as name@example.org.", StatusCodes.Status400BadRequest, ct);
            // Someone new gets an account without a usable password; the invitation link lets them choose one.
            var user = await store.FindUserAsync(email, ct) ?? await store.CreateUserAsync(email, Passwords.Hash(Secrets.New()), cancellationToken: ct) ?? await store.FindUserAsync(email, ct);
            if (await store.GetRoleAsync(member.Organisation.Id, user!.Id, ct) is not null)
                return await PageAsync(context, store, null, $"{user.Email} is already a member of {member.Organisation.Name}.", StatusCodes.Status400BadRequest, ct);
            var token = await store.CreateUserTokenAsync(user.Id, TokenPurpose.Invitation, member.Organisation.Id, cancellationToken: ct);
            await AccountMail.InvitationAsync(context, user.Email, member.User.Email, member.Organisation.Name, token);
            return Results.Redirect("/app/team?done=invited");
        }).RequireOwner();

        app.MapPost("/app/team/{userId:long}/role", async Task<IResult> (long userId, IFormCollection form, HttpContext context, Store store, CancellationToken ct) =>
        {
            if (Roles.Parse(form["role"]) is not { } role)
                return await PageAsync(context, store, null, "Choose a role: owner or member.", StatusCodes.Status400BadRequest, ct);
            return await ResultAsync(context, store, await store.SetRoleAsync(context.CurrentMember().Organisation.Id, userId, role, ct), "role", ct);
        }).RequireOwner();

        app.MapPost("/app/team/{userId:long}/remove", async (long userId, IFormCollection form, HttpContext context, Store store, CancellationToken ct) =>
            await ResultAsync(context, store, await store.RemoveMemberAsync(context.CurrentMember().Organisation.Id, userId, ct), "removed", ct)).RequireOwner();
    }

    private static async Task<IResult> ResultAsync(HttpContext context, Store store, MembershipChange change, string done, CancellationToken ct) => change switch
    {
        MembershipChange.Done => Results.Redirect($"/app/team?done={done}"),
        MembershipChange.LastOwner => await PageAsync(context, store, null,
            $"{context.CurrentMember().Organisation.Name} must keep at least one owner: make someone else an owner first.", StatusCodes.Status409Conflict, ct),
        _ => await PageAsync(context, store, null, "That person is not a member of this organisation.", StatusCodes.Status404NotFound, ct),
    };

    private static async Task<RazorComponentResult<TeamPage>> PageAsync(HttpContext context, Store store, string? notice, string? error, int status, CancellationToken ct)
    {
        var member = context.CurrentMember();
        return new RazorComponentResult<TeamPage>(new
        {
            Member = member,
            Members = await store.GetMembersAsync(member.Organisation.Id, ct),
            Organisations = await context.GetOrganisationsAsync(ct),
            Notice = notice,
            Error = error,
        })
        { StatusCode = status };
    }
}

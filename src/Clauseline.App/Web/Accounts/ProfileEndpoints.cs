using Clauseline.Accounts;
using Clauseline.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Clauseline.App.Web.Accounts;

/// <summary>/app/profile: the organisation's profile for exposure ratings, its time zone and its "no changes" digest choice.</summary>
public static class ProfileEndpoints
{
    public static void MapProfile(this WebApplication app)
    {
        app.MapGet("/app/profile", (string? done, HttpContext context) =>
            new RazorComponentResult<ProfilePage>(new { Member = context.CurrentMember(), Notice = done == "saved" ? "The profile is saved." : null })).RequireMember();

        app.MapPost("/app/profile", async Task<IResult> (IFormCollection form, HttpContext context, Store store, CancellationToken ct) =>
        {
            var member = context.CurrentMember();
            var (profile, problem) = ProfileFields.Read(form, member.Organisation);
            var timeZone = ProfileFields.TimeZone(form["time_zone"]);
            problem ??= timeZone is null ? $"'{form["time_zone"]}' is not a time zone this server knows. Use an IANA name such as Europe/Paris." : null;
            if (problem is not null)
                return new RazorComponentResult<ProfilePage>(new { Member = member, Error = problem }) { StatusCode = StatusCodes.Status400BadRequest };
            await store.SetOrganisationProfileAsync(member.Organisation.Id, StoredProfiles.ToJson(profile!), ct);
            await store.SetTimeZoneAsync(member.Organisation.Id, timeZone!, ct);
            await store.SetNoChangesDigestAsync(member.Organisation.Id, form["no_changes_digest"] == "yes", ct);
            return Results.Redirect("/app/profile?done=saved");
        }).RequireOwner();
    }
}

using Clauseline.Accounts;
using Clauseline.Analysis;
using Clauseline.App.Web.Accounts;
using Clauseline.App.Web.Pages;
using Clauseline.Records;
using Clauseline.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Clauseline.App.Web;

/// <summary>
/// Governance timelines, a Compliance feature: <c>/platforms/{slug}/governance</c> lists the provisions changed by a
/// platform's confirmed changes, newest first, by category, rated for the signed-in organisation's profile.
/// </summary>
public static class GovernanceEndpoints
{
    public static void MapGovernance(this WebApplication app)
    {
        app.MapGet("/platforms/{slug}/governance", async Task<IResult> (string slug, HttpContext http, Store store, ChangeHistory history, ClauseRater rater, PlanOptions plans, CancellationToken ct) =>
        {
            var member = await http.GetMemberAsync(ct);
            if (member is null || !member.Limits(plans).Timelines)
                return Refused(http, member?.Organisation.Plan);
            var platform = await store.FindPlatformAsync(slug, ct);
            if (platform is null)
                return ErrorPages.NotFound($"There is no platform '{slug}'.");
            var profile = member.OrganisationProfile() ?? Profile.Unknown;
            var documents = await store.GetDocumentsAsync(platform.Id, ct);
            var timeline = await GovernanceTimeline.BuildAsync(history, rater, documents, profile, ct);
            return new RazorComponentResult<GovernanceTimelinePage>(new { Platform = platform, Timeline = timeline });
        });
    }

    /// <summary>403 with a page saying the Compliance plan includes governance timelines, and, for a visitor, a link to sign in and come back.</summary>
    private static RazorComponentResult<GovernanceUpgradePage> Refused(HttpContext http, Plan? plan) =>
        new(new { Plan = plan, SignIn = plan is null ? "/signin?returnUrl=" + Uri.EscapeDataString(http.Request.Path + http.Request.QueryString) : null })
        {
            StatusCode = StatusCodes.Status403Forbidden,
        };
}

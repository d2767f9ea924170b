using Clauseline.Accounts;
using Clauseline.App.Web.Accounts;
using Clauseline.App.Web.Pages;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Clauseline.App.Web;

/// <summary>Who may have audit-ready reports: members of an organisation whose plan includes them (the Compliance plan, unless configured otherwise).</summary>
internal static class ReportAccess
{
    /// <summary>The signed-in member's organisation when its plan includes reports, or the page that says what would.</summary>
    public static async Task<(IResult? Refusal, Organisation? Organisation)> CheckAsync(HttpContext http, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(http);
        var member = await http.GetMemberAsync(ct);
        if (member is null)
            return (Refused(http, null), null);
        var plans = http.RequestServices.GetRequiredService<PlanOptions>();
        return plans.For(member.Organisation.Plan).Reports ? (null, member.Organisation) : (Refused(http, member.Organisation.Plan), null);
    }

    /// <summary>403 with a page saying the Compliance plan includes reports, and, for a visitor, a link to sign in and come back.</summary>
    private static RazorComponentResult<ReportsUpgradePage> Refused(HttpContext http, Plan? plan) =>
        new(new { Plan = plan, SignIn = plan is null ? "/signin?returnUrl=" + Uri.EscapeDataString(http.Request.Path + http.Request.QueryString) : null })
        {
            StatusCode = StatusCodes.Status403Forbidden,
        };
}

using Clauseline.Accounts;
using Clauseline.App.Web.Accounts;

namespace Clauseline.App.Web;

/// <summary>Who reads the full compliance analysis: members of an organisation whose plan includes it (Compliance, by default).</summary>
public static class AnalysisAccess
{
    public static async Task<bool> FullAsync(HttpContext http, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        var plans = http.RequestServices.GetService<PlanOptions>();
        var member = await http.GetMemberAsync(cancellationToken);
        return plans is not null && member is not null && plans.For(member.Organisation.Plan).FullAnalysis;
    }

}

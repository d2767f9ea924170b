namespace Clauseline.Accounts;

/// <summary>The limits of each plan, bound from the <c>Plans</c> section of the configuration; the defaults are the published plans.</summary>
public sealed class PlanOptions
{
    public PlanLimits Free { get; set; } = new() { MaxPlatforms = 1, MaxApiKeys = 1, MaxChannels = 2 };

    public PlanLimits Monitor { get; set; } = new() { MaxPlatforms = 25, SameDayAlerts = true, Webhooks = true, MaxApiKeys = 5, MaxChannels = 10 };

    public PlanLimits Compliance { get; set; } = new()
    {
        MaxPlatforms = 250,
        SameDayAlerts = true,
        Webhooks = true,
        ProvisionMonitoring = true,
        FullAnalysis = true,
        Timelines = true,
        Reports = true,
        MaxApiKeys = 20,
        MaxChannels = 50,
    };

    public PlanLimits For(Plan plan) => plan switch
    {
        Plan.Free => Free,
        Plan.Monitor => Monitor,
        Plan.Compliance => Compliance,
        _ => throw new ArgumentOutOfRangeException(nameof(plan), plan, null),
    };

    /// <summary>The cheapest plan that includes a feature, for "what the plan adds" messages.</summary>
    public Plan? CheapestWith(Func<PlanLimits, bool> feature)
    {
        ArgumentNullException.ThrowIfNull(feature);
        foreach (var plan in new[] { Plan.Free, Plan.Monitor, Plan.Compliance })
        {
            if (feature(For(plan)))
                return plan;
        }
        return null;
    }
}

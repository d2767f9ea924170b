namespace Clauseline.Accounts;

/// <summary>What an organisation's subscription to Clauseline includes; set by an administrator, never by payment.</summary>
public enum Plan
{
    Free,
    Monitor,
    Compliance,
}

/// <summary>Plans as they are written in the database, the configuration and the command line (<c>free</c>, <c>monitor</c>, <c>compliance</c>).</summary>
public static class Plans
{
    public static string Id(this Plan plan) => plan switch
    {
        Plan.Free => "free",
        Plan.Monitor => "monitor",
        Plan.Compliance => "compliance",
        _ => throw new ArgumentOutOfRangeException(nameof(plan), plan, null),
    };

    public static Plan? Parse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "free" => Plan.Free,
        "monitor" => Plan.Monitor,
        "compliance" => Plan.Compliance,
        _ => null,
    };

    public static string Name(this Plan plan) => plan switch
    {
        Plan.Free => "Free",
        Plan.Monitor => "Monitor",
        Plan.Compliance => "Compliance",
        _ => throw new ArgumentOutOfRangeException(nameof(plan), plan, null),
    };
}

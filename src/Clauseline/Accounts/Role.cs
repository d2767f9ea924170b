namespace Clauseline.Accounts;

/// <summary>A member's role in an organisation: owners manage the team, the plan's settings, channels and API keys; members follow and read.</summary>
public enum Role
{
    Owner,
    Member,
}

/// <summary>Roles as they are written in the database and on forms (<c>owner</c>, <c>member</c>).</summary>
public static class Roles
{
    public static string Id(this Role role) => role switch
    {
        Role.Owner => "owner",
        Role.Member => "member",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    public static Role? Parse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "owner" => Role.Owner,
        "member" => Role.Member,
        _ => null,
    };
}

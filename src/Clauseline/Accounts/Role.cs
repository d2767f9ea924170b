namespace Clauseline.Accounts;

/// <summary>A member's role in an organisation: owners manage the team, the plan's settings, channels and API keys; members follow and read.</summary>
public enum Role
{
    Owner,
    Member,
}

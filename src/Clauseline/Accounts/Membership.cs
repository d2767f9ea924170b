namespace Clauseline.Accounts;

/// <summary>A member of an organisation, with their role and since when.</summary>
public sealed record Membership(User User, Role Role, DateTimeOffset Since);

/// <summary>An organisation a user belongs to, with the role they hold in it.</summary>
public sealed record OrganisationRole(Organisation Organisation, Role Role);

/// <summary>Why a change to the team was refused, or that it was made.</summary>
public enum MembershipChange
{
    Done,
    NotMember,
    LastOwner,
}

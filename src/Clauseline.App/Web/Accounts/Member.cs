using Clauseline.Accounts;

namespace Clauseline.App.Web.Accounts;

/// <summary>The signed-in user in the organisation they are working in, with their role there.</summary>
public sealed record Member(User User, Organisation Organisation, Role Role)
{
    public bool IsOwner => Role == Role.Owner;
}

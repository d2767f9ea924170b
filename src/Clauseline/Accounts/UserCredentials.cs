namespace Clauseline.Accounts;

/// <summary>What signing in needs of a user: the password hash and the security stamp, which changes with the password so older sessions end.</summary>
public sealed record UserCredentials(User User, string PasswordHash, string SecurityStamp);

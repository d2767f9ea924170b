namespace Clauseline.Accounts;

/// <summary>A person who signs in; the password hash and security stamp stay in the store and never leave it in this record.</summary>
public sealed record User(long Id, string Email, string? DisplayName, bool EmailVerified, bool IsAdmin, DateTimeOffset CreatedAt);

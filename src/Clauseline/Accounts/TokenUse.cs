namespace Clauseline.Accounts;

/// <summary>What became of presenting a single-use token: accepted once (and now used), or refused with the reason.</summary>
public abstract record TokenUse;

/// <summary>The token was valid and is now spent.</summary>
public sealed record TokenAccepted(long UserId, long? OrganisationId) : TokenUse;

/// <summary>The token is unknown, already used or expired; <see cref="Reason"/> says which, in words for the page.</summary>
public sealed record TokenRefused(string Reason) : TokenUse;

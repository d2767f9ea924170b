using Microsoft.AspNetCore.Identity;

namespace Clauseline.Accounts;

/// <summary>
/// Password hashing with ASP.NET Core Identity's hasher (PBKDF2 in its versioned format), so hashes carry their own
/// parameters and a hash made with weaker ones is noticed at sign-in and replaced.
/// </summary>
public static class Passwords
{
    public const int MinimumLength = 10;

    public const int MaximumLength = 256;

    private static readonly PasswordHasher<User> Hasher = new();

    public static string Hash(string password) => Hasher.HashPassword(null!, password);

    /// <summary>Whether the password matches; when it does with outdated parameters, the new hash to store.</summary>
    public static PasswordCheck Verify(string hash, string password)
    {
        var result = Hasher.VerifyHashedPassword(null!, hash, password);
        return result switch
        {
            PasswordVerificationResult.Success => new PasswordCheck(true, null),
            PasswordVerificationResult.SuccessRehashNeeded => new PasswordCheck(true, Hash(password)),
            _ => new PasswordCheck(false, null),
        };
    }

    /// <summary>Why a new password is refused, or null when it is acceptable.</summary>
    public static string? Problem(string? password) =>
        string.IsNullOrEmpty(password) || password.Length < MinimumLength ? $"The password must be at least {MinimumLength} characters long."
        : password.Length > MaximumLength ? $"The password must be at most {MaximumLength} characters long."
        : null;
}

/// <summary>The outcome of checking a password: whether it matched, and the replacement hash when the stored one is outdated.</summary>
public sealed record PasswordCheck(bool Succeeded, string? Rehash);

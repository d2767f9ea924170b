namespace Clauseline.Accounts;

/// <summary>What a single-use token sent by email allows: verifying the address, choosing a new password, or joining an organisation.</summary>
public enum TokenPurpose
{
    VerifyEmail,
    ResetPassword,
    Invitation,
}

/// <summary>Token purposes as the database writes them, and how long each token lives.</summary>
public static class TokenPurposes
{
    public static string Id(this TokenPurpose purpose) => purpose switch
    {
        TokenPurpose.VerifyEmail => "verify-email",
        TokenPurpose.ResetPassword => "reset-password",
        TokenPurpose.Invitation => "invitation",
        _ => throw new ArgumentOutOfRangeException(nameof(purpose), purpose, null),
    };

    /// <summary>Verification and invitation links last two days; a reset link an hour, since it grants the account.</summary>
    public static TimeSpan Lifetime(this TokenPurpose purpose) => purpose switch
    {
        TokenPurpose.ResetPassword => TimeSpan.FromHours(1),
        _ => TimeSpan.FromHours(48),
    };
}

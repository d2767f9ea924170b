using Clauseline.Mail;

namespace Clauseline.App.Web.Accounts;

/// <summary>The emails of accounts: verification, password reset and invitation, each a plain-text message with one link.</summary>
public static class AccountMail
{
    public static Task<MailOutcome> VerificationAsync(HttpContext context, string email, string token) =>
        SendAsync(context, email, "Confirm your email address for Clauseline", $"""
            Welcome to Clauseline.

            Confirm that this is your email address by opening this link within 48 hours:

            {SiteUrls.Absolute(context, "/verify-email?token=" + Uri.EscapeDataString(token))}

            If you did not sign up, ignore this message: nothing happens without the link.
            """);

    public static Task<MailOutcome> ResetAsync(HttpContext context, string email, string token) =>
        SendAsync(context, email, "Reset your Clauseline password", $"""
            Someone asked to reset the password of the Clauseline account of this address.

            Choose a new password by opening this link within an hour (it works once):

            {SiteUrls.Absolute(context, "/reset-password?token=" + Uri.EscapeDataString(token))}

            If it was not you, ignore this message: your password stays as it is.
            """);

    public static Task<MailOutcome> InvitationAsync(HttpContext context, string email, string inviter, string organisation, string token) =>
        SendAsync(context, email, $"{inviter} invited you to {organisation} on Clauseline", $"""
            {inviter} invited you to join {organisation} on Clauseline, which watches the legal terms of the platforms it depends on.

            Accept within 48 hours by opening this link:

            {SiteUrls.Absolute(context, "/join?token=" + Uri.EscapeDataString(token))}
            """);

    private static Task<MailOutcome> SendAsync(HttpContext context, string to, string subject, string text)
    {
        var mailer = context.RequestServices.GetRequiredService<Mailer>();
        return mailer.SendAsync(mailer.Compose(to, subject, text), context.RequestAborted);
    }
}

namespace Clauseline.Accounts;

/// <summary>Email addresses as accounts know them: trimmed and lower-cased, so one mailbox is one account however it is typed.</summary>
public static class Emails
{
    public static string Normalise(string email) => email.Trim().ToLowerInvariant();

    /// <summary>Whether the text is one plain address (<c>name@example.org</c>), not a display name or a list.</summary>
    public static bool IsValid(string? email) =>
        !string.IsNullOrWhiteSpace(email) && email.Trim().Length <= 254
        && System.Net.Mail.MailAddress.TryCreate(email.Trim(), out var address)
        && string.Equals(address.Address, email.Trim(), StringComparison.Ordinal)
        && address.Host.Length > 0;
}

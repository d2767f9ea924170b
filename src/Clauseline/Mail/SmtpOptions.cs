namespace Clauseline.Mail;

/// <summary>
/// How mail leaves Clauseline, from the <c>Smtp</c> section of the configuration (<c>CLAUSELINE_Smtp__Host</c>).
/// Without a <see cref="Host"/>, messages are written as .eml files to <see cref="PickupFolder"/> instead of sent.
/// </summary>
public sealed class SmtpOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public string From { get; set; } = "clauseline@localhost";

    public string FromName { get; set; } = "Clauseline";

    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary><c>none</c>, <c>starttls</c> (RFC 3207, the default) or <c>ssl</c> (implicit TLS, RFC 8314).</summary>
    public string Security { get; set; } = "starttls";

    /// <summary>Where messages go when no host is configured; the app sets it to the data folder's <c>mail</c>.</summary>
    public string? PickupFolder { get; set; }

    /// <summary>Seconds to wait for the SMTP server before giving up on one message.</summary>
    public int TimeoutSeconds { get; set; } = 30;
}

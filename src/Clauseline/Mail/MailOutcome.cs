namespace Clauseline.Mail;

/// <summary>What became of one message: sent to the SMTP server, written to the pickup folder, or failed with the reason.</summary>
public abstract record MailOutcome;

/// <summary>The SMTP server accepted the message.</summary>
public sealed record MailSent : MailOutcome;

/// <summary>No SMTP server is configured: the message is at <see cref="Path"/>, an .eml file any mail program opens.</summary>
public sealed record MailWritten(string Path) : MailOutcome;

/// <summary>The message could not be sent; <see cref="Reason"/> is the server's or the network's answer.</summary>
public sealed record MailFailed(string Reason) : MailOutcome;

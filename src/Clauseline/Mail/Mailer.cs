using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using MimeKit;

namespace Clauseline.Mail;

/// <summary>
/// Sends messages through the configured SMTP server with MailKit, one connection per message; with no server
/// configured, writes them as .eml files so a fresh install can still follow its verification links.
/// </summary>
public sealed partial class Mailer(SmtpOptions options, ILogger<Mailer> logger)
{
    public SmtpOptions Options { get; } = options;

    /// <summary>The sender every message gets unless it names its own.</summary>
    public MailboxAddress Sender => new(Options.FromName, Options.From);

    /// <summary>A new message from <see cref="Sender"/> to one address, with a plain-text body and, when given, an HTML one.</summary>
    public MimeMessage Compose(string to, string subject, string text, string? html = null)
    {
        var message = new MimeMessage();
        message.From.Add(Sender);
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = subject;
        message.Body = new BodyBuilder { TextBody = text, HtmlBody = html }.ToMessageBody();
        return message;
    }

    public async Task<MailOutcome> SendAsync(MimeMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.From.Count == 0)
            message.From.Add(Sender);
        if (string.IsNullOrWhiteSpace(Options.Host))
            return await WriteAsync(message, cancellationToken);
        using var client = new SmtpClient { Timeout = Options.TimeoutSeconds * 1000 };
        try
        {
            await client.ConnectAsync(Options.Host, Options.Port, SecurityOption(), cancellationToken);
            if (!string.IsNullOrEmpty(Options.UserName))
                await client.AuthenticateAsync(Options.UserName, Options.Password ?? "", cancellationToken);
            await client.SendAsync(message, cancellationToken);
            await client.DisconnectAsync(true, cancellationToken);
            LogSent(logger, message.MessageId, Options.Host);
            return new MailSent();
        }
        catch (Exception e) when (e is SmtpCommandException or SmtpProtocolException or AuthenticationException or ServiceNotConnectedException
            or SslHandshakeException or IOException or System.Net.Sockets.SocketException or TimeoutException or InvalidOperationException or NotSupportedException)
        {
            LogFailed(logger, message.MessageId, Options.Host, e.Message);
            return new MailFailed(e.Message);
        }
    }

    private async Task<MailOutcome> WriteAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Options.PickupFolder))
            return new MailFailed("no SMTP host is configured (Smtp:Host) and no pickup folder to write mail to");
        try
        {
            Directory.CreateDirectory(Options.PickupFolder);
            var path = Path.Combine(Options.PickupFolder, $"{DateTimeOffset.UtcNow:yyyyMMdd'T'HHmmssfff}-{Guid.NewGuid():N}.eml");
            await message.WriteToAsync(path, cancellationToken);
            LogWritten(logger, message.Subject ?? "", path);
            return new MailWritten(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new MailFailed($"cannot write to {Options.PickupFolder}: {e.Message}");
        }
    }

    private SecureSocketOptions SecurityOption() => Options.Security.Trim().ToLowerInvariant() switch
    {
        "none" => SecureSocketOptions.None,
        "ssl" or "tls" => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.StartTls,
    };

    [LoggerMessage(EventId = 6001, Level = LogLevel.Information, Message = "Mail {MessageId} sent through {Host}")]
    private static partial void LogSent(ILogger logger, string? messageId, string? host);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Warning, Message = "Mail {MessageId} not sent through {Host}: {Reason}")]
    private static partial void LogFailed(ILogger logger, string? messageId, string? host, string reason);

    [LoggerMessage(EventId = 6003, Level = LogLevel.Warning, Message = "No SMTP host configured (Smtp:Host): the message \"{Subject}\" was written to {Path}")]
    private static partial void LogWritten(ILogger logger, string subject, string path);
}

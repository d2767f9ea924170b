namespace Clauseline.Fetching;

/// <summary>Names of failure reasons as they appear in the database, the CLI and the API.</summary>
public static class FailureReasons
{
    public static string Name(this FailureReason reason) => reason switch
    {
        FailureReason.NotFound => "not-found",
        FailureReason.Gone => "gone",
        FailureReason.Forbidden => "forbidden",
        FailureReason.Unauthorized => "unauthorized",
        FailureReason.RateLimited => "rate-limited",
        FailureReason.ServerError => "server-error",
        FailureReason.Timeout => "timeout",
        FailureReason.Dns => "dns",
        FailureReason.Tls => "tls",
        FailureReason.ConnectionRefused => "connection-refused",
        FailureReason.ConnectionReset => "connection-reset",
        FailureReason.Network => "network",
        FailureReason.TooLarge => "too-large",
        FailureReason.TooManyRedirects => "too-many-redirects",
        FailureReason.UnsupportedContent => "unsupported-content",
        FailureReason.Empty => "empty",
        FailureReason.SelectorMatchedNothing => "selector-matched-nothing",
        FailureReason.BotWall => "bot-wall",
        FailureReason.LoginWall => "login-wall",
        FailureReason.CookieWall => "cookie-wall",
        FailureReason.RobotsDisallowed => "robots-disallowed",
        FailureReason.BrowserUnavailable => "browser-unavailable",
        FailureReason.BrowserError => "browser-error",
        FailureReason.PdfUnreadable => "pdf-unreadable",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, null),
    };

    /// <summary>Whether a plain-HTTP failure looks like a server refusing non-browser clients, so a browser is worth a second try.</summary>
    public static bool LooksLikeBotBlocking(this FailureReason reason, int? status) =>
        reason is FailureReason.Forbidden or FailureReason.ConnectionReset
        || status is 406 or 502;
}

namespace Clauseline.Fetching;

/// <summary>The closed list of reasons a check can fail; stored by their kebab-case names.</summary>
public enum FailureReason
{
    NotFound,
    Gone,
    Forbidden,
    Unauthorized,
    RateLimited,
    ServerError,
    Timeout,
    Dns,
    Tls,
    ConnectionRefused,
    ConnectionReset,
    Network,
    TooLarge,
    TooManyRedirects,
    UnsupportedContent,
    Empty,
    SelectorMatchedNothing,
    BotWall,
    LoginWall,
    CookieWall,
    RobotsDisallowed,
    BrowserUnavailable,
    BrowserError,
    PdfUnreadable,
}

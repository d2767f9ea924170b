using Clauseline.App.Web.Accounts;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;

namespace Clauseline.App.Web.Caching;

/// <summary>
/// Keeps the public pages a visitor reads without an account in the output cache, one entry per address and query
/// string. Only anonymous requests are looked up or stored: any session cookie, <c>Authorization</c> or API key
/// header, or signed-in user bypasses the cache, because those pages show the member's own navigation and forms.
/// Only 200 responses without cookies and without <c>private</c>, <c>no-store</c> or <c>no-cache</c> (RFC 9111,
/// section 5.2.2) are stored, so a page that hands out an antiforgery token or a secret is never shared.
/// </summary>
public sealed class PublicPagePolicy(TimeSpan expiry) : IOutputCachePolicy
{
    // The archive and analysis pages and search. The member area (/app), the account forms, the API, reports,
    // governance timelines (plan-gated), /failing and /health are left out: they are per person, or must always be fresh. The public feeds have a
    // policy of their own (FeedEndpoints, Feeds:CacheSeconds) and the private feed must never be shared.
    private static readonly string[] Prefixes = ["/platforms", "/versions", "/categories", "/compare", "/methodology", "/independence", "/search"];

    public static bool IsPublic(PathString path)
    {
        var value = path.Value ?? "";
        if (value is "" or "/")
            return true;
        if (value.EndsWith("/report", StringComparison.Ordinal) || value.EndsWith("/governance", StringComparison.Ordinal))
            return false;
        return Prefixes.Any(p => value.Equals(p, StringComparison.Ordinal) || value.StartsWith(p + "/", StringComparison.Ordinal));
    }

    public static bool IsAnonymous(HttpRequest request) =>
        (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
        && !request.Headers.ContainsKey(HeaderNames.Authorization)
        && !request.Headers.ContainsKey(ApiKeyAuthentication.HeaderName)
        && !request.Cookies.ContainsKey(AccountsSetup.CookieName)
        && request.HttpContext.User.Identity?.IsAuthenticated != true;

    ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var request = context.HttpContext.Request;
        if (!IsPublic(request.Path))
            return ValueTask.CompletedTask;
        var anonymous = IsAnonymous(request);
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = anonymous;
        context.AllowCacheStorage = anonymous;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = expiry;
        context.CacheVaryByRules.QueryKeys = "*";
        return ValueTask.CompletedTask;
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.ContainsKey(HeaderNames.SetCookie) || IsPrivate(response.Headers.CacheControl))
            context.AllowCacheStorage = false;
        return ValueTask.CompletedTask;
    }

    private static bool IsPrivate(Microsoft.Extensions.Primitives.StringValues cacheControl) =>
        CacheControlHeaderValue.TryParse(cacheControl.ToString(), out var parsed) && (parsed.Private || parsed.NoStore || parsed.NoCache);
}

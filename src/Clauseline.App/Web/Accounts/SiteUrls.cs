namespace Clauseline.App.Web.Accounts;

/// <summary>Absolute links for email: <c>Site:BaseUrl</c> when configured (behind a proxy), otherwise the address the request came to.</summary>
public static class SiteUrls
{
    public static string Absolute(HttpContext context, string pathAndQuery)
    {
        ArgumentNullException.ThrowIfNull(context);
        var configured = context.RequestServices.GetRequiredService<IConfiguration>()["Site:BaseUrl"];
        var root = string.IsNullOrWhiteSpace(configured) ? $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}" : configured.TrimEnd('/');
        return root + pathAndQuery;
    }

    /// <summary>A return address that stays on this site (a path, never <c>//host</c> or a full URL), or the fallback.</summary>
    public static string LocalOr(string? returnUrl, string fallback) =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
            ? returnUrl
            : fallback;
}

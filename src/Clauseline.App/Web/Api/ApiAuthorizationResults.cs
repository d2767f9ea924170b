using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace Clauseline.App.Web.Api;

/// <summary>
/// Answers an API request that lacks a valid key (401, with <c>WWW-Authenticate: Bearer</c> as RFC 6750 asks) or whose
/// key may not do what it asks (403) with a problem detail; everything else gets ASP.NET Core's usual handling.
/// </summary>
internal sealed class ApiAuthorizationResults(IProblemDetailsService problems) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Succeeded || !ApiPaths.IsApi(context.Request))
        {
            await _default.HandleAsync(next, context, policy, authorizeResult);
            return;
        }
        var (status, title, detail) = authorizeResult.Challenged
            ? (StatusCodes.Status401Unauthorized, "Unauthorized", HasKey(context.Request)
                ? "The API key is not valid: it is malformed, unknown or revoked. Create a key on the API keys page."
                : "This request needs an API key: send it as 'Authorization: Bearer cl_…' or in the X-Api-Key header.")
            : (StatusCodes.Status403Forbidden, "Forbidden", "This API key is read-only; changing the organisation's data needs a read-write key.");
        context.Response.StatusCode = status;
        if (status == StatusCodes.Status401Unauthorized)
            context.Response.Headers.WWWAuthenticate = "Bearer realm=\"clauseline\"";
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        });
    }

    private static bool HasKey(HttpRequest request) =>
        request.Headers.Authorization.Count > 0 || request.Headers.ContainsKey("X-Api-Key");
}

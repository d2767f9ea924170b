using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Clauseline.App.Web.Api;

/// <summary>
/// The API's rate limit: a fixed window of a minute per API key (told apart by the key's prefix, which is not secret),
/// or per address for requests without one. A refused request gets 429 with <c>Retry-After</c> (RFC 9110, 10.2.3)
/// and a problem detail.
/// </summary>
internal static class ApiRateLimits
{
    public const string Policy = "api";

    public static void Configure(RateLimiterOptions limiter, RateLimitOptions options)
    {
        limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        limiter.OnRejected = RejectAsync;
        limiter.AddPolicy(Policy, context => options.Enabled
            ? RateLimitPartition.GetFixedWindowLimiter(PartitionKey(context.Request), _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = Math.Max(1, options.PermitsPerMinute),
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            })
            : RateLimitPartition.GetNoLimiter(""));
    }

    /// <summary>The key's prefix (<c>cl_&lt;prefix&gt;_…</c>), or the client's address when it sent no key.</summary>
    internal static string PartitionKey(HttpRequest request)
    {
        var key = request.Headers["X-Api-Key"].ToString();
        var authorization = request.Headers.Authorization.ToString();
        if (key.Length == 0 && authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            key = authorization["Bearer ".Length..].Trim();
        var parts = key.Split('_', 3);
        return parts.Length == 3 && parts[0] == "cl" ? "key:" + parts[1] : "address:" + request.HttpContext.Connection.RemoteIpAddress;
    }

    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken cancellationToken)
    {
        var http = context.HttpContext;
        var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)) : 60;
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails =
            {
                Status = StatusCodes.Status429TooManyRequests,
                // ASP.NET Core has no default type for 429; it is defined by RFC 6585, section 4.
                Type = "https://tools.ietf.org/html/rfc6585#section-4",
                Title = "Too many requests",
                Detail = $"This API key has made more requests this minute than its limit allows; try again in {seconds} seconds.",
            },
        });
    }
}

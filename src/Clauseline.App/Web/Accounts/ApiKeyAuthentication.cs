using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Clauseline.Accounts;
using Clauseline.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Clauseline.App.Web.Accounts;

/// <summary>
/// The "ApiKey" authentication scheme: <c>Authorization: Bearer cl_…</c> (RFC 6750) or <c>X-Api-Key: cl_…</c>, yielding
/// the key's organisation and scope as claims. Endpoints ask for it through the <see cref="ReadPolicy"/> and <see cref="WritePolicy"/> policies.
/// </summary>
public sealed class ApiKeyAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, Store store, TimeProvider time)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public new const string Scheme = "ApiKey";

    /// <summary>Any valid key: reading platforms, changes and the organisation's own subscriptions and deliveries.</summary>
    public const string ReadPolicy = "api-read";

    /// <summary>A read-write key: changing the organisation's subscriptions and channels.</summary>
    public const string WritePolicy = "api-write";

    public const string HeaderName = "X-Api-Key";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var raw = Request.Headers[HeaderName].ToString();
        var authorization = Request.Headers.Authorization.ToString();
        if (raw.Length == 0 && authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            raw = authorization["Bearer ".Length..].Trim();
        if (raw.Length == 0)
            return AuthenticateResult.NoResult();
        var key = await store.FindApiKeyAsync(raw, Context.RequestAborted);
        if (key is null)
            return AuthenticateResult.Fail("The API key is not valid, or has been revoked.");
        // last_used_at is for people reading the keys page; a write a minute is precise enough and spares the database.
        if (key.LastUsedAt is null || time.GetUtcNow() - key.LastUsedAt > TimeSpan.FromMinutes(1))
            await store.TouchApiKeyAsync(key.Id, Context.RequestAborted);
        var identity = new ClaimsIdentity(
            [
                new Claim(AccountClaims.Organisation, key.OrganisationId.ToString(CultureInfo.InvariantCulture)),
                new Claim(AccountClaims.Scope, key.Scope.Id()),
                new Claim(AccountClaims.ApiKey, key.Id.ToString(CultureInfo.InvariantCulture)),
                new Claim(ClaimTypes.Name, key.Name),
            ], Scheme);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer realm=\"clauseline\"";
        return Task.CompletedTask;
    }
}

using System.Globalization;
using System.Security.Claims;
using Clauseline.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Clauseline.App.Web.Accounts;

/// <summary>Issues and ends the session cookie. The cookie holds the user id, the security stamp and the chosen organisation; nothing else is trusted from it.</summary>
public static class AccountSession
{
    public static Task SignInAsync(HttpContext context, User user, string securityStamp, long? organisationId = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(user);
        var claims = new List<Claim>
        {
            new(AccountClaims.UserId, user.Id.ToString(CultureInfo.InvariantCulture)),
            new(ClaimTypes.Name, user.Email),
            new(AccountClaims.SecurityStamp, securityStamp),
        };
        if (user.IsAdmin)
            claims.Add(new Claim(AccountClaims.Admin, "true"));
        if (organisationId is { } id)
            claims.Add(new Claim(AccountClaims.Organisation, id.ToString(CultureInfo.InvariantCulture)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme));
        return context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal, new AuthenticationProperties { IsPersistent = true });
    }

    /// <summary>Re-issues the cookie with another organisation as the current one (the caller checks membership).</summary>
    public static Task SwitchOrganisationAsync(HttpContext context, long organisationId)
    {
        ArgumentNullException.ThrowIfNull(context);
        var claims = context.User.Claims.Where(c => c.Type != AccountClaims.Organisation).ToList();
        claims.Add(new Claim(AccountClaims.Organisation, organisationId.ToString(CultureInfo.InvariantCulture)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme));
        return context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, principal, new AuthenticationProperties { IsPersistent = true });
    }

    public static Task SignOutAsync(HttpContext context) => context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
}

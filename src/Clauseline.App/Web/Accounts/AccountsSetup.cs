using System.Security.Claims;
using Clauseline.App.Hosting;
using Clauseline.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;

namespace Clauseline.App.Web.Accounts;

/// <summary>
/// Sessions and API keys: a cookie (HttpOnly, SameSite=Lax, Secure over HTTPS, sliding two weeks) whose security stamp is
/// checked against the store on every request, the "ApiKey" scheme with its two policies, and antiforgery for every form.
/// </summary>
public static class AccountsSetup
{
    public const string CookieName = "clauseline.session";

    public static IServiceCollection AddAccountsWeb(this IServiceCollection services, AppSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        // Keys beside the database, so sessions survive a restart.
        services.AddDataProtection()
            .SetApplicationName("clauseline")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(settings.DataFolder, "keys")));
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.Cookie.Name = CookieName;
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.SlidingExpiration = true;
                options.ExpireTimeSpan = TimeSpan.FromDays(14);
                options.LoginPath = "/signin";
                options.LogoutPath = "/signout";
                options.ReturnUrlParameter = "returnUrl";
                options.Events.OnValidatePrincipal = ValidateAsync;
            })
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKeyAuthentication.Scheme, null);
        services.AddAuthorizationBuilder()
            .AddPolicy(ApiKeyAuthentication.ReadPolicy, p => p.AddAuthenticationSchemes(ApiKeyAuthentication.Scheme).RequireClaim(AccountClaims.Scope, "read", "read-write"))
            .AddPolicy(ApiKeyAuthentication.WritePolicy, p => p.AddAuthenticationSchemes(ApiKeyAuthentication.Scheme).RequireClaim(AccountClaims.Scope, "read-write"));
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "clauseline.antiforgery";
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        return services;
    }

    /// <summary>Ends a session whose user is gone or whose password changed since; keeps the administrator flag current.</summary>
    private static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var userId = context.HttpContext.UserIdOf(context.Principal);
        var stamp = context.Principal?.FindFirst(AccountClaims.SecurityStamp)?.Value;
        var store = context.HttpContext.RequestServices.GetRequiredService<Store>();
        var user = userId is null ? null : await store.GetUserAsync(userId.Value, context.HttpContext.RequestAborted);
        var current = user is null ? null : await store.GetSecurityStampAsync(user.Id, context.HttpContext.RequestAborted);
        if (user is null || stamp is null || current != stamp)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return;
        }
        var claimed = context.Principal!.HasClaim(AccountClaims.Admin, "true");
        if (claimed != user.IsAdmin)
        {
            var claims = context.Principal.Claims.Where(c => c.Type != AccountClaims.Admin).ToList();
            if (user.IsAdmin)
                claims.Add(new Claim(AccountClaims.Admin, "true"));
            context.ReplacePrincipal(new ClaimsPrincipal(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme)));
            context.ShouldRenew = true;
        }
    }

    private static long? UserIdOf(this HttpContext _, ClaimsPrincipal? principal) =>
        principal?.FindFirst(AccountClaims.UserId)?.Value is { } text && long.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : null;
}

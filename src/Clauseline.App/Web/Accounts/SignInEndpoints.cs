using Clauseline.Accounts;
using Clauseline.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Clauseline.App.Web.Accounts;

/// <summary>Signing up, in and out. Every sign-in attempt is recorded; too many failures for an email or from an address are refused for a while.</summary>
public static class SignInEndpoints
{
    /// <summary>Where a member lands after signing in.</summary>
    public const string Home = "/app";

    public static void MapSignIn(this WebApplication app)
    {
        app.MapGet("/signup", (HttpContext context) => context.IsSignedIn() ? Results.Redirect(Home) : new RazorComponentResult<SignUpPage>());

        app.MapPost("/signup", async Task<IResult> (IFormCollection form, HttpContext context, Store store, CancellationToken ct) =>
        {
            var email = form["email"].ToString().Trim();
            var password = form["password"].ToString();
            var organisation = form["organisation"].ToString().Trim();
            var problem = !Emails.IsValid(email) ? "Give a valid email address, such as name@example.org."
                : Passwords.Problem(password)
                ?? (organisation.Length is 0 or > 120 ? "Give your organisation's name (at most 120 characters)." : null);
            if (problem is null)
            {
                var user = await store.CreateUserAsync(email, Passwords.Hash(password), organisationName: organisation, firstIsAdmin: true, cancellationToken: ct);
                if (user is not null)
                {
                    var token = await store.CreateUserTokenAsync(user.Id, TokenPurpose.VerifyEmail, cancellationToken: ct);
                    await AccountMail.VerificationAsync(context, user.Email, token);
                    var organisations = await store.GetOrganisationsOfUserAsync(user.Id, ct);
                    await AccountSession.SignInAsync(context, user, (await store.GetSecurityStampAsync(user.Id, ct))!, organisations[0].Organisation.Id);
                    return Results.Redirect("/welcome");
                }
                problem = "There is already an account for this email address. Sign in, or reset its password.";
            }
            return new RazorComponentResult<SignUpPage>(new { Email = email, Organisation = organisation, Error = problem }) { StatusCode = StatusCodes.Status400BadRequest };
        });

        app.MapGet("/welcome", (HttpContext context) => new RazorComponentResult<MessagePage>(new
        {
            Title = "Your account is ready",
            Paragraphs = WelcomeText,
            Link = "/app/profile",
            LinkText = "Your organisation's profile",
        })).RequireMember();

        app.MapGet("/signin", (string? returnUrl, HttpContext context) =>
            context.IsSignedIn() ? Results.Redirect(SiteUrls.LocalOr(returnUrl, Home)) : new RazorComponentResult<SignInPage>(new { ReturnUrl = returnUrl }));

        app.MapPost("/signin", async Task<IResult> (IFormCollection form, HttpContext context, Store store, CancellationToken ct) =>
        {
            var email = form["email"].ToString().Trim();
            var password = form["password"].ToString();
            var returnUrl = form["returnUrl"].ToString();
            var address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
            var since = store.Time.GetUtcNow() - SignInThrottle.Window;
            var retryAt = SignInThrottle.RetryAt(
                await store.GetFailedSignInsByEmailAsync(email, since, ct), await store.GetFailedSignInsByAddressAsync(address, since, ct));
            if (retryAt is { } at)
            {
                await store.RecordSignInAttemptAsync(email, address, succeeded: false, ct);
                var minutes = Math.Max(1, (int)Math.Ceiling((at - store.Time.GetUtcNow()).TotalMinutes));
                return Page(email, returnUrl, StatusCodes.Status429TooManyRequests,
                    $"Too many failed attempts to sign in. Try again after {at:HH:mm} UTC (in about {minutes} minutes), or reset your password.");
            }
            var credentials = Emails.IsValid(email) ? await store.GetCredentialsAsync(email, ct) : null;
            // Hash even for an unknown email, so the time taken does not tell which emails have accounts.
            var check = credentials is null ? Passwords.Verify(UnknownUserHash.Value, password) with { Succeeded = false } : Passwords.Verify(credentials.PasswordHash, password);
            await store.RecordSignInAttemptAsync(email, address, check.Succeeded, ct);
            if (!check.Succeeded || credentials is null)
                return Page(email, returnUrl, StatusCodes.Status400BadRequest, "The email address or the password is not right.");
            if (check.Rehash is { } rehash)
                await store.RehashPasswordAsync(credentials.User.Id, rehash, ct);
            await AccountSession.SignInAsync(context, credentials.User, credentials.SecurityStamp);
            return Results.Redirect(SiteUrls.LocalOr(returnUrl, Home));
        });

        app.MapPost("/signout", async (IFormCollection form, HttpContext context) =>
        {
            await AccountSession.SignOutAsync(context);
            return Results.Redirect("/");
        });

        app.MapPost("/app/organisation", async Task<IResult> (IFormCollection form, HttpContext context, CancellationToken ct) =>
        {
            var chosen = form["organisation"].ToString();
            var organisations = await context.GetOrganisationsAsync(ct);
            var match = organisations.FirstOrDefault(o => o.Organisation.Slug == chosen);
            if (match is null)
                return AccessFilters.Forbidden("You are not a member of that organisation.");
            await AccountSession.SwitchOrganisationAsync(context, match.Organisation.Id);
            return Results.Redirect(SiteUrls.LocalOr(form["returnUrl"].ToString(), Home));
        }).RequireMember();
    }

    private static readonly string[] WelcomeText =
    [
        "We sent a link to your email address: open it to confirm the address. It works once, within 48 hours.",
        "Next, tell Clauseline about your organisation, so exposure ratings fit it.",
    ];

    private static readonly Lazy<string> UnknownUserHash = new(() => Passwords.Hash(Secrets.New()));

    private static RazorComponentResult<SignInPage> Page(string email, string returnUrl, int status, string error) =>
        new(new { Email = email, ReturnUrl = returnUrl, Error = error }) { StatusCode = status };
}

using Clauseline.Accounts;
using Clauseline.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Clauseline.App.Web.Accounts;

/// <summary>Email verification, password reset and joining an organisation by invitation: each a single-use, expiring link sent by email.</summary>
public static class PasswordEndpoints
{
    public static void MapPasswordPages(this WebApplication app)
    {
        app.MapGet("/verify-email", async Task<IResult> (string? token, HttpContext context, Store store, CancellationToken ct) =>
        {
            if (await store.ConsumeUserTokenAsync(token ?? "", TokenPurpose.VerifyEmail, ct) is TokenAccepted accepted)
            {
                await store.MarkEmailVerifiedAsync(accepted.UserId, ct);
                return Message("Email address confirmed", "Thank you: your email address is confirmed.", StatusCodes.Status200OK);
            }
            return Refused(await Describe(store, token, TokenPurpose.VerifyEmail, ct), "/signin", "Sign in to ask for a new link");
        });

        app.MapGet("/forgot-password", () => new RazorComponentResult<ForgotPasswordPage>());

        app.MapPost("/forgot-password", async (IFormCollection form, HttpContext context, Store store, CancellationToken ct) =>
        {
            var email = form["email"].ToString().Trim();
            if (Emails.IsValid(email) && await store.FindUserAsync(email, ct) is { } user)
            {
                var token = await store.CreateUserTokenAsync(user.Id, TokenPurpose.ResetPassword, cancellationToken: ct);
                await AccountMail.ResetAsync(context, user.Email, token);
            }
            // The same answer whether or not the address has an account.
            return Message("Check your email", $"If {email} has an account, a link to choose a new password is on its way. It works once, within an hour.", StatusCodes.Status200OK);
        });

        app.MapGet("/reset-password", async Task<IResult> (string? token, Store store, CancellationToken ct) =>
            await store.PeekUserTokenAsync(token ?? "", TokenPurpose.ResetPassword, ct) is TokenRefused refused
                ? Refused(refused.Reason, "/forgot-password", "Ask for a new link")
                : new RazorComponentResult<ResetPasswordPage>(new { Token = token }));

        app.MapPost("/reset-password", async Task<IResult> (IFormCollection form, HttpContext context, Store store, CancellationToken ct) =>
        {
            var token = form["token"].ToString();
            var password = form["password"].ToString();
            if (Passwords.Problem(password) is { } problem)
                return new RazorComponentResult<ResetPasswordPage>(new { Token = token, Error = problem }) { StatusCode = StatusCodes.Status400BadRequest };
            if (await store.ConsumeUserTokenAsync(token, TokenPurpose.ResetPassword, ct) is not TokenAccepted accepted)
                return Refused(await Describe(store, token, TokenPurpose.ResetPassword, ct), "/forgot-password", "Ask for a new link");
            var stamp = await store.SetPasswordAsync(accepted.UserId, Passwords.Hash(password), ct);
            // The link proved the mailbox, as a verification link would.
            await store.MarkEmailVerifiedAsync(accepted.UserId, ct);
            await AccountSession.SignInAsync(context, (await store.GetUserAsync(accepted.UserId, ct))!, stamp);
            return Results.Redirect(SignInEndpoints.Home);
        });

        app.MapGet("/join", async Task<IResult> (string? token, Store store, CancellationToken ct) =>
        {
            if (await store.PeekUserTokenAsync(token ?? "", TokenPurpose.Invitation, ct) is not TokenAccepted invited)
                return Refused(await Describe(store, token, TokenPurpose.Invitation, ct), "/", "Home");
            var user = (await store.GetUserAsync(invited.UserId, ct))!;
            var organisation = (await store.GetOrganisationAsync(invited.OrganisationId ?? 0, ct))!;
            return new RazorComponentResult<JoinPage>(new { Token = token, Organisation = organisation.Name, user.Email, NeedsPassword = !user.EmailVerified });
        });

        app.MapPost("/join", async Task<IResult> (IFormCollection form, HttpContext context, Store store, CancellationToken ct) =>
        {
            var token = form["token"].ToString();
            if (await store.PeekUserTokenAsync(token, TokenPurpose.Invitation, ct) is not TokenAccepted invited || invited.OrganisationId is not { } organisationId)
                return Refused(await Describe(store, token, TokenPurpose.Invitation, ct), "/", "Home");
            var user = (await store.GetUserAsync(invited.UserId, ct))!;
            var password = form["password"].ToString();
            if (!user.EmailVerified && Passwords.Problem(password) is { } problem)
            {
                var organisation = (await store.GetOrganisationAsync(organisationId, ct))!;
                return new RazorComponentResult<JoinPage>(new { Token = token, Organisation = organisation.Name, user.Email, NeedsPassword = true, Error = problem }) { StatusCode = StatusCodes.Status400BadRequest };
            }
            if (await store.ConsumeUserTokenAsync(token, TokenPurpose.Invitation, ct) is not TokenAccepted)
                return Refused(await Describe(store, token, TokenPurpose.Invitation, ct), "/", "Home");
            if (await store.GetRoleAsync(organisationId, user.Id, ct) is null)
                await store.AddMemberAsync(organisationId, user.Id, Role.Member, ct);
            var stamp = !user.EmailVerified ? await store.SetPasswordAsync(user.Id, Passwords.Hash(password), ct) : (await store.GetSecurityStampAsync(user.Id, ct))!;
            await store.MarkEmailVerifiedAsync(user.Id, ct);
            await AccountSession.SignInAsync(context, (await store.GetUserAsync(user.Id, ct))!, stamp, organisationId);
            return Results.Redirect(SignInEndpoints.Home);
        });
    }

    private static async Task<string> Describe(Store store, string? token, TokenPurpose purpose, CancellationToken ct) =>
        await store.PeekUserTokenAsync(token ?? "", purpose, ct) is TokenRefused refused ? refused.Reason : "This link cannot be used.";

    private static RazorComponentResult<MessagePage> Message(string title, string text, int status) =>
        new(new { Title = title, Paragraphs = new[] { text }, Link = SignInEndpoints.Home, LinkText = "Go to your organisation" }) { StatusCode = status };

    private static RazorComponentResult<MessagePage> Refused(string reason, string link, string linkText) =>
        new(new { Title = "This link cannot be used", Paragraphs = new[] { reason }, Link = link, LinkText = linkText }) { StatusCode = StatusCodes.Status400BadRequest };
}

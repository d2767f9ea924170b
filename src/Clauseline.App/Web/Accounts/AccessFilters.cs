using Microsoft.AspNetCore.Http.HttpResults;

namespace Clauseline.App.Web.Accounts;

/// <summary>
/// Who may use an endpoint: <see cref="RequireMember"/> sends visitors to sign in (and back), <see cref="RequireOwner"/>
/// and <see cref="RequireAdmin"/> answer 403 with a page saying why. Handlers behind them read <see cref="MemberAccess.CurrentMember"/>.
/// </summary>
public static class AccessFilters
{
    public static TBuilder RequireMember<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (invocation, next) => await CheckAsync(invocation.HttpContext, ownerOnly: false) ?? await next(invocation));

    public static TBuilder RequireOwner<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (invocation, next) => await CheckAsync(invocation.HttpContext, ownerOnly: true) ?? await next(invocation));

    public static TBuilder RequireAdmin<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (invocation, next) =>
        {
            var context = invocation.HttpContext;
            if (!context.IsSignedIn())
                return SignIn(context);
            if (!context.IsAdmin())
                return Forbidden("This page is for the administrators of this Clauseline install.");
            return await next(invocation);
        });

    /// <summary>The sign-in page, coming back to this page afterwards.</summary>
    public static IResult SignIn(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var back = context.Request.Path + context.Request.QueryString;
        return Results.Redirect("/signin?returnUrl=" + Uri.EscapeDataString(back));
    }

    public static RazorComponentResult<ForbiddenPage> Forbidden(string message) =>
        new(new { Message = message }) { StatusCode = StatusCodes.Status403Forbidden };

    private static async Task<object?> CheckAsync(HttpContext context, bool ownerOnly)
    {
        if (!context.IsSignedIn())
            return SignIn(context);
        var member = await context.GetMemberAsync(context.RequestAborted);
        if (member is null)
            return Forbidden("You do not belong to any organisation. Ask an owner of your organisation to invite you again.");
        if (ownerOnly && !member.IsOwner)
            return Forbidden($"Only the owners of {member.Organisation.Name} can do this. Ask one of them, or ask to be made an owner.");
        return null;
    }
}

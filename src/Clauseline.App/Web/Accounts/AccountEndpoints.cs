using Clauseline.App.Web.Admin;

namespace Clauseline.App.Web.Accounts;

/// <summary>The pages of accounts: signing up and in, email verification, password reset, and the organisation's team, profile and API keys.</summary>
public static class AccountEndpoints
{
    public static void MapAccountPages(this WebApplication app)
    {
        app.MapSignIn();
        app.MapPasswordPages();
        app.MapTeam();
        app.MapProfile();
        app.MapKeys();
        app.MapAdminPages();
    }
}

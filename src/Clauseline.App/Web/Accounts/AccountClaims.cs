namespace Clauseline.App.Web.Accounts;

/// <summary>The claims a session cookie or an API key carries; everything else is read from the store on each request.</summary>
public static class AccountClaims
{
    /// <summary>The signed-in user's id (cookie sessions).</summary>
    public const string UserId = "clauseline:user";

    /// <summary>The security stamp the session was issued with; a new password changes the stored one and ends the session.</summary>
    public const string SecurityStamp = "clauseline:stamp";

    /// <summary>The organisation a session is working in, or the one an API key belongs to.</summary>
    public const string Organisation = "clauseline:organisation";

    /// <summary>Present with value <c>true</c> on an administrator's session, refreshed from the store on each request.</summary>
    public const string Admin = "clauseline:admin";

    /// <summary>An API key's scope: <c>read</c> or <c>read-write</c>.</summary>
    public const string Scope = "clauseline:scope";

    /// <summary>The id of the API key a request was authenticated with.</summary>
    public const string ApiKey = "clauseline:api-key";
}

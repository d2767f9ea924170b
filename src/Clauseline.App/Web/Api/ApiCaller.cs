using System.Globalization;
using System.Security.Claims;
using Clauseline.Accounts;
using Clauseline.App.Web.Accounts;
using Clauseline.Storage;

namespace Clauseline.App.Web.Api;

/// <summary>
/// The organisation an API request acts for, read from the key's claims and then from the store (so a plan or profile
/// changed a moment ago counts), and the profile its exposure ratings use.
/// </summary>
internal static class ApiCaller
{
    public static async Task<Organisation?> OrganisationAsync(ClaimsPrincipal user, Store store, CancellationToken ct) =>
        user.FindFirst(AccountClaims.Organisation)?.Value is { } text && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? await store.GetOrganisationAsync(id, ct)
            : null;

    /// <summary>
    /// The answer when a key passed authentication but its organisation is gone (deleted between the two reads): the
    /// key stands for nothing any more, so it is answered as an unknown key.
    /// </summary>
    public static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult Unknown() =>
        ApiProblems.Problem(StatusCodes.Status401Unauthorized, "Unauthorized", "The API key's organisation no longer exists.");

    /// <summary>The organisation's profile, or the unknown profile (every rating a range) until it has set one.</summary>
    public static Clauseline.Analysis.Profile Profile(Organisation organisation) => organisation.Profile() ?? Clauseline.Analysis.Profile.Unknown;
}

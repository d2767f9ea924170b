using System.Globalization;
using Clauseline.Accounts;
using Clauseline.Analysis;
using Clauseline.Storage;

namespace Clauseline.App.Web.Accounts;

/// <summary>Who is asking: the signed-in user, the organisation they are working in, and whether they administer the install.</summary>
public static class MemberAccess
{
    private const string MemberKey = "clauseline:member";

    /// <summary>The signed-in user's id, or null for a visitor.</summary>
    public static long? UserId(this HttpContext context) =>
        context.User.FindFirst(AccountClaims.UserId)?.Value is { } text && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    public static bool IsSignedIn(this HttpContext context) => context.UserId() is not null;

    /// <summary>Whether the signed-in user administers this install; the claim is refreshed from the store on every request.</summary>
    public static bool IsAdmin(this HttpContext context) => context.User.HasClaim(AccountClaims.Admin, "true");

    /// <summary>
    /// The signed-in user in their current organisation: the one chosen in the session when they still belong to it,
    /// otherwise the first of theirs by name. Null for a visitor or a user who belongs to no organisation.
    /// </summary>
    public static async Task<Member?> GetMemberAsync(this HttpContext context, CancellationToken ct)
    {
        if (context.Items.TryGetValue(MemberKey, out var cached))
            return cached as Member;
        Member? member = null;
        if (context.UserId() is { } userId)
        {
            var store = context.RequestServices.GetRequiredService<Store>();
            if (await store.GetUserAsync(userId, ct) is { } user)
            {
                var organisations = await store.GetOrganisationsOfUserAsync(userId, ct);
                var chosen = context.User.FindFirst(AccountClaims.Organisation)?.Value;
                var current = organisations.FirstOrDefault(o => o.Organisation.Id.ToString(CultureInfo.InvariantCulture) == chosen) ?? (organisations.Count > 0 ? organisations[0] : null);
                if (current is not null)
                    member = new Member(user, current.Organisation, current.Role);
            }
        }
        context.Items[MemberKey] = member;
        return member;
    }

    /// <summary>The member an access filter (<see cref="AccessFilters"/>) has already found for this request.</summary>
    public static Member CurrentMember(this HttpContext context) =>
        context.Items.TryGetValue(MemberKey, out var cached) && cached is Member member
            ? member
            : throw new InvalidOperationException("CurrentMember is for endpoints behind RequireMember or RequireOwner.");

    /// <summary>The organisations the signed-in user belongs to, for the switcher.</summary>
    public static async Task<IReadOnlyList<OrganisationRole>> GetOrganisationsAsync(this HttpContext context, CancellationToken ct) =>
        context.UserId() is { } userId ? await context.RequestServices.GetRequiredService<Store>().GetOrganisationsOfUserAsync(userId, ct) : [];

    /// <summary>The profile the member's organisation has set for exposure ratings, or null until it sets one.</summary>
    public static Profile? OrganisationProfile(this Member member)
    {
        ArgumentNullException.ThrowIfNull(member);
        return member.Organisation.Profile();
    }

    /// <summary>The limits of the member's organisation's plan.</summary>
    public static PlanLimits Limits(this Member member, PlanOptions plans)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(plans);
        return plans.For(member.Organisation.Plan);
    }
}

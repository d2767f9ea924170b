using System.Text.RegularExpressions;
using Clauseline.Accounts;
using Clauseline.Alerts.Subscriptions;
using Clauseline.Tests.Web;

namespace Clauseline.Tests.Reports;

/// <summary>Signs the served app's client in as the owner of a new organisation on a given plan, as a person does: the sign-in form with its antiforgery token.</summary>
internal static partial class ReportMember
{
    private const string Password = "correct horse battery staple 42";

    public static async Task<Organisation> SignInAsync(ServedApp app, Plan plan, string? followSlug = null, string? profileJson = null)
    {
        var ct = TestContext.Current.CancellationToken;
        var email = $"auditor-{Guid.NewGuid():N}@contoso.example";
        var user = (await app.Store.CreateUserAsync(email, Passwords.Hash(Password), organisationName: "Contoso Compliance", cancellationToken: ct))!;
        var organisation = (await app.Store.GetOrganisationsOfUserAsync(user.Id, ct))[0].Organisation;
        await app.Store.SetPlanAsync(organisation.Id, plan, ct);
        if (profileJson is not null)
            await app.Store.SetOrganisationProfileAsync(organisation.Id, profileJson, ct);
        if (followSlug is not null && await app.Store.FindPlatformAsync(followSlug, ct) is { } platform)
            await app.Store.AddSubscriptionAsync(organisation.Id, new NewSubscription(SubscriptionKind.Platform, platform.Id), ct);
        var form = await app.Client.GetStringAsync("/signin", ct);
        var token = Token().Match(form).Groups[1].Value;
        var response = await app.Client.PostAsync("/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = email,
            ["password"] = Password,
            ["returnUrl"] = "/",
            ["__RequestVerificationToken"] = token,
        }), ct);
        Assert.True(response.IsSuccessStatusCode, $"sign-in answered {(int)response.StatusCode}");
        return (await app.Store.GetOrganisationAsync(organisation.Id, ct))!;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}

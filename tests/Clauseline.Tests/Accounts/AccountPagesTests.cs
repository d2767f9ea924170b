using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Clauseline.Accounts;
using Clauseline.Tests.Infrastructure;
using Clauseline.Tests.Web;

namespace Clauseline.Tests.Accounts;

/// <summary>The account pages as a browser uses them: throttling, password reset, antiforgery, roles, administrators and API keys.</summary>
public sealed partial class AccountPagesTests(PostgresServer postgres)
{
    private const string Password = "correct horse battery";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<string> BodyAsync(HttpResponseMessage response) => await response.Content.ReadAsStringAsync(Ct);

    [Fact]
    public async Task Sign_in_is_refused_after_five_failures_even_with_the_right_password()
    {
        await using var app = await ServedApp.StartAsync("sqlite", postgres, SignUpTests.Catalog);
        using var owner = await WebSession.SignUpAsync(app, "ada@example.org", Password, "Engines");
        using var visitor = new WebSession(app);

        for (var i = 0; i < SignInThrottle.MaxPerEmail; i++)
            Assert.Equal(HttpStatusCode.BadRequest, (await visitor.PostFormAsync("/signin", ("email", "ada@example.org"), ("password", "wrong password " + i))).StatusCode);
        var refused = await visitor.PostFormAsync("/signin", ("email", "ada@example.org"), ("password", Password));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Matches("Too many failed attempts to sign in. Try again after \\d\\d:\\d\\d UTC", await BodyAsync(refused));
        Assert.Equal(SignInThrottle.MaxPerEmail + 1, await CountAsync(app, "SELECT COUNT(*) FROM sign_in_attempts WHERE email = 'ada@example.org'"));
    }

    [Fact]
    public async Task A_password_reset_signs_out_other_sessions_and_never_tells_whether_an_email_exists()
    {
        await using var sink = await SmtpSink.StartAsync();
        await using var app = await ServedApp.StartAsync("sqlite", postgres, SignUpTests.Catalog, false, sink.ConfigArgs);
        using var old = await WebSession.SignUpAsync(app, "ada@example.org", Password, "Engines", sink);
        using var other = new WebSession(app);

        var unknown = await BodyAsync(await other.PostFormAsync("/forgot-password", ("email", "nobody@example.org")));
        var known = await BodyAsync(await other.PostFormAsync("/forgot-password", ("email", "ada@example.org")));
        var link = await WebSession.LinkAsync(app, "ada@example.org", "/reset-password", sink);
        var reset = await other.PostFormAsync("/reset-password", [new("token", link.Split("token=")[1]), new("password", "a brand new password")], formPath: link);
        var oldSession = await old.GetAsync("/app/team");
        var newSession = await other.GetAsync("/app/team");
        var again = await other.GetAsync(link);
        var oldPassword = await new WebSession(app).PostFormAsync("/signin", ("email", "ada@example.org"), ("password", Password));

        Assert.Equal(unknown.Replace("nobody@example.org", "", StringComparison.Ordinal), known.Replace("ada@example.org", "", StringComparison.Ordinal));
        Assert.DoesNotContain(sink.Messages, m => m.To.ToString().Contains("nobody", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, oldSession.StatusCode);
        Assert.Equal("/signin?returnUrl=%2Fapp%2Fteam", oldSession.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, newSession.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, oldPassword.StatusCode);
    }

    [Fact]
    public async Task A_form_posted_without_its_antiforgery_token_is_refused()
    {
        await using var app = await ServedApp.StartAsync("sqlite", postgres, SignUpTests.Catalog);
        using var owner = await WebSession.SignUpAsync(app, "ada@example.org", Password, "Engines");

        var signIn = await new WebSession(app).PostFormWithoutTokenAsync("/signin", [new("email", "ada@example.org"), new("password", Password)]);
        var key = await owner.PostFormWithoutTokenAsync("/app/keys", [new("name", "Sneaky"), new("scope", "read")]);
        var form = await owner.GetFormAsync("/app/keys");

        Assert.Equal(HttpStatusCode.BadRequest, signIn.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, key.StatusCode);
        Assert.NotEmpty(form.Token);
        Assert.Empty(await app.Store.GetApiKeysAsync((await app.Store.FindOrganisationAsync("engines", Ct))!.Id, Ct));
    }

    [Fact]
    public async Task Only_administrators_reach_the_administration_pages_and_set_plans()
    {
        await using var app = await ServedApp.StartAsync("sqlite", postgres, SignUpTests.Catalog);
        using var admin = await WebSession.SignUpAsync(app, "ada@example.org", Password, "Engines");
        using var other = await WebSession.SignUpAsync(app, "grace@example.org", Password, "Compilers");
        using var visitor = new WebSession(app);

        var forbidden = await other.GetAsync("/admin/users");
        var anonymous = await visitor.GetAsync("/admin/organisations");
        var users = await admin.GetStringAsync("/admin/users");
        var plan = await admin.PostFormAsync("/admin/organisations/compilers/plan", [new("plan", "monitor")], formPath: "/admin/organisations");
        var page = await admin.GetStringAsync("/admin/organisations?done=compilers");
        var refusedPlan = await other.PostFormAsync("/admin/organisations/engines/plan", [new("plan", "compliance")], formPath: "/app/team");

        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Contains("administrators", await BodyAsync(forbidden), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains("grace@example.org", users, StringComparison.Ordinal);
        Assert.Contains("href=\"/admin\"", users, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, plan.StatusCode);
        Assert.Contains("Compilers is on the Monitor plan.", page, StringComparison.Ordinal);
        Assert.Equal(Plan.Monitor, (await app.Store.FindOrganisationAsync("compilers", Ct))!.Plan);
        Assert.Equal(HttpStatusCode.Forbidden, refusedPlan.StatusCode);
        Assert.Equal(Plan.Free, (await app.Store.FindOrganisationAsync("engines", Ct))!.Plan);
    }

    [Fact]
    public async Task An_invited_member_joins_but_cannot_do_what_only_owners_do()
    {
        await using var sink = await SmtpSink.StartAsync();
        await using var app = await ServedApp.StartAsync("sqlite", postgres, SignUpTests.Catalog, false, sink.ConfigArgs);
        using var owner = await WebSession.SignUpAsync(app, "ada@example.org", Password, "Engines", sink);
        using var member = new WebSession(app);

        var invite = await owner.PostFormAsync("/app/team/invite", [new("email", "charles@example.org")], formPath: "/app/team");
        var link = await WebSession.LinkAsync(app, "charles@example.org", "/join", sink);
        var join = await member.PostFormAsync("/join", [new("token", link.Split("token=")[1]), new("password", "charles's own password")], formPath: link);
        var team = await member.GetStringAsync("/app/team");
        var key = await member.PostFormAsync("/app/keys", [new("name", "Mine"), new("scope", "read")], formPath: "/app/keys");
        var demoteOwner = await owner.PostFormAsync($"/app/team/{(await app.Store.FindUserAsync("ada@example.org", Ct))!.Id}/role", [new("role", "member")], formPath: "/app/team");

        Assert.Equal(HttpStatusCode.Redirect, invite.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, join.StatusCode);
        Assert.Contains("charles@example.org", team, StringComparison.Ordinal);
        Assert.DoesNotContain("Send the invitation", team, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, key.StatusCode);
        Assert.Contains("Only the owners of Engines", await BodyAsync(key), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, demoteOwner.StatusCode);
        Assert.Contains("must keep at least one owner", await BodyAsync(demoteOwner), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_api_key_is_shown_once_limited_by_the_plan_and_refused_once_revoked()
    {
        await using var app = await ServedApp.StartAsync("sqlite", postgres, SignUpTests.Catalog);
        using var owner = await WebSession.SignUpAsync(app, "ada@example.org", Password, "Engines");

        var created = await BodyAsync(await owner.PostFormAsync("/app/keys", ("name", "Dashboard"), ("scope", "read")));
        var raw = RawKey().Match(created).Value;
        var listed = await owner.GetStringAsync("/app/keys");
        var second = await owner.PostFormAsync("/app/keys", ("name", "Another"), ("scope", "read"));
        var before = await ApiAsync(app, raw);
        var id = (await app.Store.FindApiKeyAsync(raw, Ct))!.Id;
        var revoke = await owner.PostFormAsync($"/app/keys/{id}/revoke", [], formPath: "/app/keys");
        var after = await ApiAsync(app, raw);

        Assert.NotEmpty(raw);
        Assert.DoesNotContain(raw, listed, StringComparison.Ordinal);
        Assert.Contains(raw[..15], listed, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("The Free plan allows 1 active API key at a time", await BodyAsync(second), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, before);
        Assert.Equal(HttpStatusCode.Redirect, revoke.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after);
    }

    [Fact]
    public async Task The_profile_form_stores_what_exposure_ratings_read_and_refuses_an_unknown_time_zone()
    {
        await using var app = await ServedApp.StartAsync("sqlite", postgres, SignUpTests.Catalog);
        using var owner = await WebSession.SignUpAsync(app, "ada@example.org", Password, "Engines");

        var saved = await owner.PostFormAsync("/app/profile", ("audience", "business"), ("jurisdictions", "eu"), ("jurisdictions", "uk"), ("sector", "finance"),
            ("role", "processor"), ("size", ""), ("mfa", "no"), ("api_keys", "40"), ("time_zone", "Europe/Paris"), ("no_changes_digest", "yes"));
        var bad = await owner.PostFormAsync("/app/profile", ("time_zone", "Mars/Olympus_Mons"));
        var organisation = (await app.Store.FindOrganisationAsync("engines", Ct))!;
        var profile = organisation.Profile()!;

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(["eu", "uk"], profile.Jurisdictions);
        Assert.Equal(Clauseline.Analysis.Audience.Business, profile.Audience);
        Assert.Equal("finance", profile.Sector);
        Assert.Equal("processor", profile.Role);
        Assert.Null(profile.Size);
        Assert.False(profile.Security!.MfaEnforced);
        Assert.Equal(40, profile.Security.ApiKeys);
        Assert.Null(profile.Security.PrivilegedUsers);
        Assert.Equal("Europe/Paris", organisation.TimeZone);
        Assert.True(organisation.NoChangesDigest);
    }

    [Fact]
    public async Task An_administrator_previews_a_document_from_a_url_and_saves_it_to_the_catalog()
    {
        await using var site = await FixtureSite.StartAsync();
        site.Serve("/legal/terms", Reply.Html("""
            <html><body><nav>Menu</nav><main><h1>Terms of Service</h1><p>1. You keep your account credentials secret and tell us of any unauthorised use.</p>
            <p>2. We may suspend an account that sends unsolicited bulk mail, after telling its owner why and giving seven days to answer.</p>
            <p>3. Either party may end this agreement with thirty days' written notice to the other.</p>
            <p class="promo">Try our new plan!</p></main></body></html>
            """));
        await using var app = await ServedApp.StartAsync("sqlite", postgres, SignUpTests.Catalog);
        using var admin = await WebSession.SignUpAsync(app, "ada@example.org", Password, "Engines");
        var fields = new Dictionary<string, string>
        {
            ["name"] = "Contoso Mail",
            ["website"] = site.Url("/"),
            ["type"] = "terms-of-service",
            ["urls"] = site.Url("/legal/terms"),
            ["select"] = "main",
            ["remove"] = ".promo",
        };

        var preview = await BodyAsync(await admin.PostFormAsync("/admin/catalog", [.. fields, new("action", "preview")]));
        var invalid = await admin.PostFormAsync("/admin/catalog", [.. fields.Where(f => f.Key != "urls"), new("urls", "not a url"), new("action", "preview")]);
        var save = await admin.PostFormAsync("/admin/catalog", [.. fields, new("action", "save")]);

        Assert.True(preview.Contains("unauthorised use", StringComparison.Ordinal), preview.Split("id=\"preview\"")[^1]);
        Assert.DoesNotContain("Try our new plan", preview, StringComparison.Ordinal);
        Assert.DoesNotContain("Menu", preview.Split("id=\"preview\"")[1], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, save.StatusCode);
        var platform = await app.Store.FindPlatformAsync("contoso-mail", Ct);
        Assert.NotNull(platform);
        Assert.Equal("terms-of-service", Assert.Single(await app.Store.GetDocumentsAsync(platform.Id, Ct)).TypeId);
    }

    private static async Task<HttpStatusCode> ApiAsync(ServedApp app, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/platforms");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using var response = await app.Client.SendAsync(request, Ct);
        return response.StatusCode;
    }

    private static async Task<long> CountAsync(ServedApp app, string sql)
    {
        await using var connection = await app.Store.Database.OpenAsync(Ct);
        return await Clauseline.Storage.Sql.ScalarAsync<long>(connection, sql, cancellationToken: Ct);
    }

    [GeneratedRegex("cl_[0-9a-f]+_[0-9a-f]+")]
    private static partial Regex RawKey();
}

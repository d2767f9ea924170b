using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Clauseline.Accounts;
using Clauseline.Alerts;
using Clauseline.Alerts.Confirming;
using Clauseline.Alerts.Delivering;
using Clauseline.Alerts.Digests;
using Clauseline.Archive;
using Clauseline.Checking;
using Clauseline.Records;
using Clauseline.Tests.Alerts;
using Clauseline.Tests.Infrastructure;
using Clauseline.Tests.Web;
using Microsoft.Playwright;
using static Clauseline.Tests.EndToEnd.JourneyTerms;

namespace Clauseline.Tests.EndToEnd;

/// <summary>
/// The service as a team uses it, end to end in Chromium: sign up and verify the address from the email, set the
/// profile, follow two platforms, add an email and a webhook channel; then the platforms change their terms on the
/// fixture site, a check records it, and the alert arrives at a real SMTP server and a webhook endpoint, both on
/// 127.0.0.1, and the week's digest after it. Screenshots of the main pages are saved with the test results.
/// </summary>
public sealed partial class ServiceJourneyTests(PostgresServer postgres, SharedBrowser chromium)
{
    public static TheoryData<string> Databases => ["sqlite", "postgres"];

    private const string Email = "compliance@wrenfield.test";
    private const string AlertsTo = "legal-alerts@wrenfield.test";

    [Theory, MemberData(nameof(Databases))]
    public async Task A_team_follows_two_platforms_and_is_told_of_their_changes_by_email_webhook_and_weekly_digest(string kind)
    {
        chromium.Require();
        var ct = TestContext.Current.CancellationToken;
        await using var smtp = await SmtpSink.StartAsync();
        await using var hooks = await WebhookReceiver.StartAsync();
        await using var site = await FixtureSite.StartAsync();
        site.Serve(CloudPath, Reply.Html(Cloud(changed: false)));
        site.Serve(PayPath, Reply.Html(Pay(changed: false)));
        // Changes confirm at once, and the test runs the confirmer and the sender itself instead of the loop of serve.
        await using var app = await ServedApp.StartAsync(kind, postgres, CatalogJson(site.BaseUrl), false,
            [.. smtp.ConfigArgs, "--Changes:ConfirmationHours=0", "--Alerts:Enabled=false"]);
        var baseUrl = app.Client.BaseAddress!;
        var root = baseUrl.ToString().TrimEnd('/');
        // Without Site:BaseUrl, alert links point at the address the app bound (its port is only known after start).
        Assert.Equal(root, app.Services.GetRequiredService<AlertOptions>().BaseUrl);
        await app.Store.SyncCatalogAsync([Pay(site.BaseUrl)], ct);
        AssertNewVersions(await CheckAllAsync(app));

        await using var browser = await JourneyBrowser.StartAsync();
        var page = await browser.NewPageAsync(baseUrl);
        var keep = kind == "sqlite";

        // Sign up, and confirm the address with the link the email brought.
        await page.GotoAsync("/signup");
        await page.GetByLabel("Email address").FillAsync(Email);
        await page.GetByLabel("Password").FillAsync("a long and careful passphrase");
        await page.GetByLabel("Organisation name").FillAsync("Wrenfield Analytics");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await page.WaitForURLAsync("**/welcome");
        var verification = await smtp.WaitForAsync(Email, m => m.Subject == "Confirm your email address for Clauseline");
        var verify = Assert.Single(LinksIn(verification.TextBody), l => l.Contains("/verify-email?token=", StringComparison.Ordinal));
        Assert.StartsWith(root + "/verify-email?token=", verify, StringComparison.Ordinal);
        await page.GotoAsync(verify);
        Assert.Contains("your email address is confirmed", await MainTextAsync(page), StringComparison.Ordinal);
        Assert.True((await app.Store.FindUserAsync(Email, ct))!.EmailVerified);

        // The organisation's profile and time zone.
        await page.GotoAsync("/app/profile");
        await page.GetByLabel("Audience").SelectOptionAsync("business");
        await page.GetByLabel("European Union / EEA").CheckAsync();
        await page.GetByLabel("Sector").SelectOptionAsync("finance");
        await page.GetByLabel("Time zone").FillAsync("Europe/Paris");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the profile" }).ClickAsync();
        await StatusAsync(page, "The profile is saved.");
        var organisation = Assert.Single(await app.Store.GetOrganisationsAsync(ct));
        Assert.Equal("Europe/Paris", organisation.TimeZone);
        Assert.Contains("finance", organisation.ProfileJson, StringComparison.Ordinal);
        await ShotAsync(page, keep, "profile");

        // The administrator (the first user) puts the organisation on the Monitor plan: same-day alerts, webhooks.
        var admin = await page.GotoAsync("/admin/organisations");
        Assert.Equal(200, admin!.Status);
        await page.GetByLabel("Plan of Wrenfield Analytics").SelectOptionAsync("monitor");
        await page.GetByRole(AriaRole.Button, new() { Name = "Set plan" }).ClickAsync();
        await StatusAsync(page, "Wrenfield Analytics is on the Monitor plan.");
        await ShotAsync(page, keep, "admin-organisations");
        Assert.Equal(Plan.Monitor, (await app.Store.GetOrganisationAsync(organisation.Id, ct))!.Plan);

        // Follow one platform from its public page and the other from the subscriptions page.
        await page.GotoAsync($"/platforms/{CloudSlug}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Follow this platform" }).ClickAsync();
        await StatusAsync(page, $"You follow {CloudName}.");
        await page.GotoAsync("/app/subscriptions");
        var follow = page.GetByRole(AriaRole.Form, new() { Name = "Follow a platform" });
        await follow.GetByLabel("Platform").SelectOptionAsync(PaySlug);
        await follow.GetByRole(AriaRole.Button, new() { Name = "Follow", Exact = true }).ClickAsync();
        await StatusAsync(page, $"You follow {PayName}.");

        // An email channel and a webhook, whose signing secret is shown once.
        await page.GotoAsync("/app/channels");
        var add = page.GetByRole(AriaRole.Form, new() { Name = "Add a channel" });
        await add.GetByLabel("Kind").SelectOptionAsync("email");
        await add.GetByLabel("Email address or URL").FillAsync(AlertsTo);
        await add.GetByRole(AriaRole.Button, new() { Name = "Add", Exact = true }).ClickAsync();
        await StatusAsync(page, $"{AlertsTo} is added.");
        await add.GetByLabel("Kind").SelectOptionAsync("webhook");
        await add.GetByLabel("Email address or URL").FillAsync(hooks.Url);
        await add.GetByRole(AriaRole.Button, new() { Name = "Add", Exact = true }).ClickAsync();
        await StatusAsync(page, "The webhook is added.");
        var secret = await page.Locator(".secret code").First.InnerTextAsync();
        Assert.StartsWith("whsec_", secret, StringComparison.Ordinal);

        // Both platforms change a clause; a check records it, the change confirms, the confirmer queues, the sender sends.
        site.Serve(CloudPath, Reply.Html(Cloud(changed: true)));
        site.Serve(PayPath, Reply.Html(Pay(changed: true)));
        AssertNewVersions(await CheckAllAsync(app));
        var confirmed = await app.Services.GetRequiredService<Confirmer>().RunAsync(ct);
        Assert.Equal(4, confirmed.Deliveries);
        var sender = app.Services.GetRequiredService<DeliverySender>();
        Assert.Equal(new SenderRun(4, 0, 0), await sender.SendDueAsync(ct));
        var cloudChange = await LatestChangeAsync(app, CloudSlug);
        var payChange = await LatestChangeAsync(app, PaySlug);

        // The webhooks: signed with the secret over the exact body, with an idempotency key, one per changed document.
        Assert.Equal(2, hooks.Requests.Count);
        var alerts = hooks.Requests.Select(r => (Request: r, Json: JsonDocument.Parse(r.Body).RootElement)).ToList();
        foreach (var (request, json) in alerts)
        {
            AssertSigned(request, secret);
            Assert.Equal("alert", json.GetProperty("type").GetString());
            Assert.StartsWith("alert:", request.Headers["Idempotency-Key"], StringComparison.Ordinal);
            Assert.Equal(request.Headers["Idempotency-Key"], json.GetProperty("idempotency_key").GetString());
            Assert.Equal(organisation.Slug, json.GetProperty("organisation").GetProperty("slug").GetString());
        }
        var cloudHook = alerts.Single(a => a.Json.GetProperty("changes")[0].GetProperty("platform_slug").GetString() == CloudSlug).Json.GetProperty("changes")[0];
        Assert.Equal(cloudChange.VersionId, cloudHook.GetProperty("version_id").GetInt64());
        var summaries = cloudHook.GetProperty("provisions").EnumerateArray().Select(p => p.GetProperty("summary").GetString()!).ToList();
        Assert.Contains(summaries, s => s.Contains("7 days", StringComparison.Ordinal));

        // The email: headline as subject, HTML and text, the summaries, one-click unsubscribe, links to the site.
        var mail = await smtp.WaitForAsync(AlertsTo, m => m.Subject?.StartsWith($"{CloudName} Customer Agreement: ", StringComparison.Ordinal) == true);
        await smtp.WaitForAsync(AlertsTo, m => m.Subject?.StartsWith($"{PayName} Terms of Service: ", StringComparison.Ordinal) == true);
        Assert.Equal($"{CloudName} Customer Agreement: {cloudChange.Headline}", mail.Subject);
        var (text, html) = (mail.TextBody, mail.HtmlBody);
        Assert.NotNull(text);
        Assert.NotNull(html);
        Assert.All(summaries, s => Assert.Contains(s, text, StringComparison.Ordinal));
        Assert.All(summaries, s => Assert.Contains(System.Net.WebUtility.HtmlEncode(s), html, StringComparison.Ordinal));
        Assert.StartsWith($"<{root}/unsubscribe/", mail.Headers["List-Unsubscribe"], StringComparison.Ordinal);
        Assert.Equal("List-Unsubscribe=One-Click", mail.Headers["List-Unsubscribe-Post"]);
        var changeUrl = $"{root}/platforms/{CloudSlug}/{CloudType}/changes/{cloudChange.VersionId}";
        Assert.Contains(changeUrl, LinksIn(text));
        Assert.Contains($"href=\"{changeUrl}\"", html, StringComparison.Ordinal);
        var provisionUrls = LinksIn(text).Where(l => l.StartsWith($"{root}/platforms/{CloudSlug}/{CloudType}/provisions/", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(provisionUrls);

        // Its links work: the change record shows the change, the provision pages the new wording.
        await page.GotoAsync(changeUrl);
        Assert.Equal(cloudChange.Headline, (await page.Locator("main h1").InnerTextAsync()).Trim());
        await ShotAsync(page, keep, "change-record");
        var provisionTexts = new List<string>();
        foreach (var url in provisionUrls)
        {
            var response = await page.GotoAsync(url);
            Assert.Equal(200, response!.Status);
            provisionTexts.Add(await MainTextAsync(page));
        }
        Assert.Contains(provisionTexts, t => t.Contains("at least 7 days' notice", StringComparison.Ordinal));
        await page.GotoAsync(provisionUrls.First(u => provisionTexts[provisionUrls.IndexOf(u)].Contains("7 days' notice", StringComparison.Ordinal)));
        await ShotAsync(page, keep, "provision");

        // The deliveries page lists all four as accepted.
        await page.GotoAsync("/app/deliveries");
        var rows = await page.Locator("main table tbody tr").AllInnerTextsAsync();
        Assert.Equal(4, rows.Count);
        Assert.All(rows, r => Assert.Contains("accepted", r, StringComparison.Ordinal));
        Assert.Equal(2, rows.Count(r => r.Contains($"email: {AlertsTo}", StringComparison.Ordinal)));
        Assert.Equal(2, rows.Count(r => r.Contains($"webhook: {hooks.Url}", StringComparison.Ordinal)));
        await ShotAsync(page, keep, "deliveries");

        // The digest of the week of the changes, in the organisation's time zone: both platforms, grouped.
        organisation = (await app.Store.GetOrganisationAsync(organisation.Id, ct))!;
        var digest = app.Services.GetRequiredService<WeeklyDigest>();
        var zone = DigestWeeks.Zone(organisation.TimeZone);
        var monday = DigestWeeks.MondayOf(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(cloudChange.RecordedAt, zone).DateTime));
        var week = await digest.BuildAsync(organisation, monday, ct);
        Assert.NotNull(week);
        Assert.Equal("digest", week.Kind);
        Assert.Equal(monday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), week.WeekStart);
        Assert.Equal(string.Create(CultureInfo.InvariantCulture, $"Clauseline digest, week of {monday:d MMMM yyyy}: 2 changes on 2 platforms"), week.Subject);
        Assert.Equal(new[] { cloudChange.VersionId, payChange.VersionId }.Order(), week.Changes.Select(c => c.VersionId).Order());
        Assert.Equal(2, await digest.QueueWeekAsync(organisation, monday, ct));
        Assert.Equal(0, await digest.QueueWeekAsync(organisation, monday, ct));
        Assert.Equal(new SenderRun(2, 0, 0), await sender.SendDueAsync(ct));
        var digestMail = await smtp.WaitForAsync(AlertsTo, m => m.Subject == week.Subject);
        Assert.Contains($">{CloudName}</h2>", digestMail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains($">{PayName}</h2>", digestMail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains(changeUrl, LinksIn(digestMail.TextBody));
        Assert.Contains($"{root}/platforms/{PaySlug}/{PayType}/changes/{payChange.VersionId}", LinksIn(digestMail.TextBody));
        var digestHook = Assert.Single(hooks.Requests.Skip(2));
        AssertSigned(digestHook, secret);
        using (var json = JsonDocument.Parse(digestHook.Body))
        {
            Assert.Equal("digest", json.RootElement.GetProperty("type").GetString());
            Assert.Equal(week.WeekStart, json.RootElement.GetProperty("week_start").GetString());
            Assert.Equal(2, json.RootElement.GetProperty("changes").GetArrayLength());
        }

        // A week without changes sends nothing.
        var before = (smtp.Messages.Count, hooks.Requests.Count);
        Assert.Null(await digest.BuildAsync(organisation, monday.AddDays(-7), ct));
        Assert.Equal(0, await digest.QueueWeekAsync(organisation, monday.AddDays(-7), ct));
        Assert.Equal(new SenderRun(0, 0, 0), await sender.SendDueAsync(ct));
        Assert.Equal(before, (smtp.Messages.Count, hooks.Requests.Count));

        // The member pages and the public pages, each checked for landmarks and named controls, and kept as screenshots.
        await page.GotoAsync("/app");
        var dashboard = await MainTextAsync(page);
        Assert.Contains(CloudName, dashboard, StringComparison.Ordinal);
        Assert.Contains(PayName, dashboard, StringComparison.Ordinal);
        Assert.Contains(cloudChange.Headline!, dashboard, StringComparison.Ordinal);
        await ShotAsync(page, keep, "dashboard");
        await page.GotoAsync("/app/subscriptions");
        await ShotAsync(page, keep, "subscriptions");
        await page.GotoAsync("/app/channels");
        await ShotAsync(page, keep, "channels");
        await page.GotoAsync("/");
        await ShotAsync(page, keep, "home");
        await page.GotoAsync($"/platforms/{CloudSlug}");
        Assert.Contains(CloudName, await page.Locator("main h1").InnerTextAsync(), StringComparison.Ordinal);
        await ShotAsync(page, keep, "platform");
        await page.GotoAsync("/search?q=arbitration");
        Assert.Contains(CloudName, await MainTextAsync(page), StringComparison.Ordinal);
        await ShotAsync(page, keep, "search");

        var phone = await browser.NewPageAsync(baseUrl, width: 375, height: 812);
        await phone.GotoAsync("/");
        Assert.True(await phone.EvaluateAsync<int>("() => document.documentElement.scrollWidth") <= 375, "the home page scrolls sideways on a phone");
        await ShotAsync(phone, keep, "home-phone");
    }

    [Fact]
    public async Task A_visitor_reaches_the_sign_in_button_with_the_keyboard_alone()
    {
        chromium.Require();
        await using var app = await ServedApp.StartAsync("sqlite", postgres, CatalogJson("http://127.0.0.1:9"));
        await using var browser = await JourneyBrowser.StartAsync();
        var page = await browser.NewPageAsync(app.Client.BaseAddress!);
        await page.GotoAsync("/signin");
        await JourneyBrowser.AssertAccessibleAsync(page);
        var button = page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true });

        var presses = 0;
        var reached = false;
        while (!reached && presses < 40)
        {
            await page.Keyboard.PressAsync("Tab");
            presses++;
            reached = await button.EvaluateAsync<bool>("b => b === document.activeElement");
        }

        Assert.True(reached, "Tab never reached the sign-in button");
        Assert.True(await page.GetByLabel("Password").EvaluateAsync<bool>("e => e.compareDocumentPosition(document.activeElement) === Node.DOCUMENT_POSITION_FOLLOWING"),
            "the sign-in button is reached after the password field");
        await page.GotoAsync("/signup");
        await JourneyBrowser.AssertAccessibleAsync(page);
    }

    private static async Task<IReadOnlyList<CheckResult>> CheckAllAsync(ServedApp app)
    {
        var check = app.Services.GetRequiredService<DocumentCheck>();
        var results = new List<CheckResult>();
        foreach (var document in await app.Store.GetDocumentsAsync(cancellationToken: TestContext.Current.CancellationToken))
            results.Add(await check.RunAsync(document, "manual", TestContext.Current.CancellationToken));
        return results;
    }

    private static void AssertNewVersions(IReadOnlyList<CheckResult> results)
    {
        Assert.Equal(2, results.Count);
        Assert.All(results, r => Assert.Equal(CheckOutcomes.NewVersion, r.Outcome));
    }

    private static async Task<StoredChange> LatestChangeAsync(ServedApp app, string slug)
    {
        var document = (await app.Store.GetDocumentsAsync(cancellationToken: TestContext.Current.CancellationToken)).Single(d => d.PlatformSlug == slug);
        var latest = (await app.Store.GetVersionsAsync(document.Id)).MaxBy(v => v.Seq)!;
        var change = (await app.Store.GetChangeAsync(latest.Id, TestContext.Current.CancellationToken))!;
        Assert.False(string.IsNullOrWhiteSpace(change.Headline));
        return change;
    }

    /// <summary>Verifies <c>Clauseline-Signature</c> independently of the app's code: HMAC-SHA256 of "t.body", hex, signed in the last five minutes.</summary>
    private static void AssertSigned(WebhookReceiver.Received request, string secret)
    {
        var signature = SignatureHeader().Match(request.Headers["Clauseline-Signature"]);
        Assert.True(signature.Success, request.Headers["Clauseline-Signature"]);
        var t = signature.Groups["t"].Value;
        var expected = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{t}.{request.Body}")));
        Assert.Equal(expected, signature.Groups["v1"].Value);
        var signedAt = DateTimeOffset.FromUnixTimeSeconds(long.Parse(t, CultureInfo.InvariantCulture));
        Assert.InRange(DateTimeOffset.UtcNow - signedAt, TimeSpan.FromSeconds(-5), TimeSpan.FromMinutes(5));
        var forged = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes("whsec_wrong"), Encoding.UTF8.GetBytes($"{t}.{request.Body}")));
        Assert.NotEqual(forged, signature.Groups["v1"].Value);
    }

    /// <summary>Checks the page (one main landmark, named controls) and saves its screenshot when this run keeps them.</summary>
    private static async Task ShotAsync(IPage page, bool keep, string name)
    {
        await JourneyBrowser.AssertAccessibleAsync(page);
        if (keep)
            await JourneyBrowser.ScreenshotAsync(page, name);
    }

    private static Task StatusAsync(IPage page, string text) =>
        page.GetByRole(AriaRole.Status).Filter(new() { HasText = text }).WaitForAsync();

    private static Task<string> MainTextAsync(IPage page) => page.Locator("main").InnerTextAsync();

    private static List<string> LinksIn(string? text) => [.. Link().Matches(text ?? "").Select(m => m.Value)];

    [GeneratedRegex(@"https?://[^\s<>""]+")]
    private static partial Regex Link();

    [GeneratedRegex(@"^t=(?<t>\d+),v1=(?<v1>[0-9a-f]{64})$")]
    private static partial Regex SignatureHeader();
}

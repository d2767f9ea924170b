using System.Net;
using Clauseline.Tests.Infrastructure;
using Clauseline.Tests.Web;

namespace Clauseline.Tests.Alerts;

/// <summary>The member pages of alerts and the unsubscribe link, over HTTP as a signed-in member and as a mail client would use them.</summary>
public sealed class AlertPagesTests(PostgresServer postgres)
{
    public static TheoryData<string> Databases => ["sqlite", "postgres"];

    private const string Catalog = """
        { "name": "Northwind Cloud", "slug": "northwind-cloud", "website": "https://northwind.example/",
          "documents": [ { "type": "customer-agreement", "urls": ["https://northwind.example/legal/agreement"] } ] }
        """;

    [Theory, MemberData(nameof(Databases))]
    public async Task A_member_follows_a_platform_adds_a_channel_and_sees_them(string kind)
    {
        await using var app = await ServedApp.StartAsync(kind, postgres, Catalog, false, "--Alerts:Enabled=false");
        using var session = await WebSession.SignUpAsync(app, "owner@acme.test", "a long enough passphrase 42", "Acme Compliance");

        var followed = await session.PostFormAsync("/app/follow", [new("kind", "platform"), new("platform", "northwind-cloud"), new("categories", "arbitration, liability-cap")], "/app/subscriptions");
        var nothing = await session.PostFormAsync("/app/follow", [new("kind", "platform"), new("platform", "nowhere")], "/app/subscriptions");
        var webhook = await session.PostFormAsync("/app/channels", [new("kind", "webhook"), new("target", "https://hooks.acme.test/x")]);
        var email = await session.PostFormAsync("/app/channels", [new("kind", "email"), new("target", "legal@acme.test"), new("schedule_given", "1"), new("digest", "on")]);
        var forged = await session.PostFormWithoutTokenAsync("/app/follow", [new("kind", "platform"), new("platform", "northwind-cloud")]);

        Assert.Equal(HttpStatusCode.OK, followed.StatusCode);
        Assert.Contains("You follow Northwind Cloud.", await followed.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, nothing.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, webhook.StatusCode);
        Assert.Contains("Webhook and Slack channels are not part of the Free plan.", await webhook.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, email.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, forged.StatusCode);
        var subscriptions = await session.GetStringAsync("/app/subscriptions");
        Assert.Contains("Arbitration", subscriptions, StringComparison.Ordinal);
        Assert.Contains("legal@acme.test", await session.GetStringAsync("/app/channels"), StringComparison.Ordinal);
        Assert.Contains("<a href=\"/platforms/northwind-cloud\">Northwind Cloud</a>", await session.GetStringAsync("/app"), StringComparison.Ordinal);
        Assert.Contains("Nothing was sent yet.", await session.GetStringAsync("/app/deliveries?failures=true"), StringComparison.Ordinal);

        using var other = await WebSession.SignUpAsync(app, "owner@other.test", "another long passphrase 43", "Other Org");
        Assert.DoesNotContain("Northwind Cloud", await other.GetStringAsync("/app/subscriptions").ContinueWith(t => t.Result.Split("Follow a platform")[0], TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.DoesNotContain("legal@acme.test", await other.GetStringAsync("/app/channels"), StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task One_click_unsubscribe_needs_no_session_and_can_be_repeated(string kind)
    {
        await using var app = await ServedApp.StartAsync(kind, postgres, Catalog, false, "--Alerts:Enabled=false");
        var org = await app.Store.CreateOrganisationAsync("Acme Compliance");
        var outcome = await new Clauseline.Alerts.Following.Following(app.Store, new Clauseline.Accounts.PlanOptions())
            .AddChannelAsync(org, Clauseline.Alerts.Channels.ChannelKind.Email, "legal@acme.test", cancellationToken: TestContext.Current.CancellationToken);
        var path = $"/unsubscribe/{outcome.Channel!.UnsubscribeToken}";
        using var client = new HttpClient { BaseAddress = app.Client.BaseAddress };
        using var body = new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]);

        var page = await client.GetStringAsync(path, TestContext.Current.CancellationToken);
        var first = await client.PostAsync(path, body, TestContext.Current.CancellationToken);
        var second = await client.PostAsync(path, body, TestContext.Current.CancellationToken);
        var unknown = await client.PostAsync("/unsubscribe/nothing-here", body, TestContext.Current.CancellationToken);

        Assert.Contains("Stop every alert and digest Clauseline sends to legal@acme.test?", page, StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.NotFound), (first.StatusCode, second.StatusCode, unknown.StatusCode));
        Assert.Contains("Nothing more is sent to legal@acme.test.", await second.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(0, await app.Store.CountEnabledChannelsAsync(org.Id, TestContext.Current.CancellationToken));
    }
}

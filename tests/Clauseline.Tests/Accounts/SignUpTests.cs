using System.Net;
using Clauseline.Tests.Infrastructure;
using Clauseline.Tests.Web;

namespace Clauseline.Tests.Accounts;

/// <summary>Signing up, verifying the email and signing in, through the real app, its forms and a real SMTP server.</summary>
public sealed class SignUpTests(PostgresServer postgres)
{
    public static TheoryData<string> Databases => ["sqlite", "postgres"];

    internal const string Catalog = """
        { "name": "Northwind Cloud", "slug": "northwind-cloud", "website": "https://northwind.example/",
          "documents": [ { "type": "customer-agreement", "urls": ["https://northwind.example/legal/agreement"] } ] }
        """;

    [Theory, MemberData(nameof(Databases))]
    public async Task Sign_up_sends_a_verification_email_whose_link_verifies_once(string kind)
    {
        await using var sink = await SmtpSink.StartAsync();
        await using var app = await ServedApp.StartAsync(kind, postgres, Catalog, false, sink.ConfigArgs);
        using var session = new WebSession(app);

        var signUp = await session.PostFormAsync("/signup", ("email", " Ada@Example.org "), ("password", "correct horse battery"), ("organisation", "Analytical Engines"));
        var mail = await sink.NextAsync();
        var link = await WebSession.LinkAsync(app, "ada@example.org", "/verify-email", sink);
        var before = await app.Store.FindUserAsync("ada@example.org", TestContext.Current.CancellationToken);
        var first = await session.GetAsync(link);
        var second = await session.GetAsync(link);
        var after = await app.Store.FindUserAsync("ADA@example.org", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, signUp.StatusCode);
        Assert.Equal("Confirm your email address for Clauseline", mail.Subject);
        Assert.StartsWith(app.Client.BaseAddress!.ToString().TrimEnd('/') + "/verify-email?token=", mail.TextBody!.Split('\n').Single(l => l.Contains("/verify-email", StringComparison.Ordinal)).Trim(), StringComparison.Ordinal);
        Assert.False(before!.EmailVerified);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        Assert.Contains("already been used", await second.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.True(after!.EmailVerified);
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task A_signed_up_user_signs_out_and_in_again(string kind)
    {
        await using var sink = await SmtpSink.StartAsync();
        await using var app = await ServedApp.StartAsync(kind, postgres, Catalog, false, sink.ConfigArgs);
        using var session = await WebSession.SignUpAsync(app, "grace@example.org", "a long enough password", "Compilers Ltd", sink);

        var signedIn = await session.GetStringAsync("/methodology");
        var signOut = await session.PostFormAsync("/signout", [], formPath: "/methodology");
        var visitor = await session.GetStringAsync("/methodology");
        var wrong = await session.PostFormAsync("/signin", ("email", "grace@example.org"), ("password", "not the password"));
        var right = await session.PostFormAsync("/signin", ("email", "GRACE@example.org"), ("password", "a long enough password"), ("returnUrl", "/methodology"));
        var again = await session.GetStringAsync("/methodology");

        Assert.Contains("Sign out", signedIn, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.DoesNotContain("Sign out", visitor, StringComparison.Ordinal);
        Assert.Contains("href=\"/signin\"", visitor, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("The email address or the password is not right.", await wrong.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal("/methodology", right.Headers.Location!.OriginalString);
        Assert.Contains("Sign out", again, StringComparison.Ordinal);
    }
}

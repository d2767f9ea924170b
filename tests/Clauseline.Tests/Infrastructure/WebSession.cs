using System.Net;
using System.Text.RegularExpressions;
using Clauseline.Mail;
using Clauseline.Tests.Web;

namespace Clauseline.Tests.Infrastructure;

/// <summary>
/// A browser-like session against a <see cref="ServedApp"/>: cookies kept, redirects NOT followed (so a test sees each
/// 302 and its Location; GetAsync and PostFormAsync return the raw response), and forms
/// posted with the antiforgery token the page carried, as a browser would post them.
/// </summary>
public sealed partial class WebSession : IDisposable
{
    public const string TokenField = "__RequestVerificationToken";

    public WebSession(ServedApp app)
    {
        ArgumentNullException.ThrowIfNull(app);
        App = app;
        Client = new HttpClient(new HttpClientHandler { CookieContainer = Cookies, AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = app.Client.BaseAddress };
    }

    public ServedApp App { get; }

    public CookieContainer Cookies { get; } = new();

    public HttpClient Client { get; }

    /// <summary>A page and the antiforgery token of its forms (empty when it has none).</summary>
    public sealed record FormPage(HttpStatusCode Status, string Html, string Token);

    public async Task<HttpResponseMessage> GetAsync(string path) => await Client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);

    public async Task<string> GetStringAsync(string path) => await (await GetAsync(path)).Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

    public async Task<FormPage> GetFormAsync(string path)
    {
        var response = await GetAsync(path);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return new FormPage(response.StatusCode, html, TokenIn(html) ?? "");
    }

    /// <summary>
    /// Posts the fields with a fresh antiforgery token, read from <paramref name="formPath"/> (by default the path
    /// posted to; when that page has no form, the home page's sign-out form supplies one for a signed-in session).
    /// </summary>
    public async Task<HttpResponseMessage> PostFormAsync(string path, IEnumerable<KeyValuePair<string, string>> fields, string? formPath = null)
    {
        var token = (await GetFormAsync(formPath ?? path)).Token;
        if (token.Length == 0)
            token = (await GetFormAsync("/")).Token;
        return await PostFormWithoutTokenAsync(path, [.. fields, new(TokenField, token)]);
    }

    public Task<HttpResponseMessage> PostFormAsync(string path, params (string Name, string Value)[] fields) =>
        PostFormAsync(path, fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));

    /// <summary>Posts exactly these fields, without adding a token: for testing that forms are refused without one.</summary>
    public async Task<HttpResponseMessage> PostFormWithoutTokenAsync(string path, IEnumerable<KeyValuePair<string, string>> fields)
    {
        using var content = new FormUrlEncodedContent(fields);
        return await Client.PostAsync(new Uri(path, UriKind.Relative), content, TestContext.Current.CancellationToken);
    }

    /// <summary>
    /// Signs up through the form and follows the verification link of the email, read from <paramref name="sink"/> when
    /// given, otherwise from the .eml the app wrote to its pickup folder. Leaves the session signed in and verified.
    /// </summary>
    public static async Task<WebSession> SignUpAsync(ServedApp app, string email, string password, string organisation, SmtpSink? sink = null)
    {
        var session = new WebSession(app);
        var response = await session.PostFormAsync("/signup", ("email", email), ("password", password), ("organisation", organisation));
        if (response.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"sign-up of {email} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)}");
        var link = await LinkAsync(app, email, "/verify-email", sink);
        var verified = await session.GetAsync(link);
        if (verified.StatusCode != HttpStatusCode.OK)
            throw new InvalidOperationException($"verification of {email} answered {(int)verified.StatusCode}");
        return session;
    }

    /// <summary>The path and query of the newest link to <paramref name="path"/> in an email to <paramref name="email"/>.</summary>
    public static async Task<string> LinkAsync(ServedApp app, string email, string path, SmtpSink? sink = null)
    {
        ArgumentNullException.ThrowIfNull(app);
        string text;
        if (sink is not null)
        {
            bool Wanted(MimeKit.MimeMessage m) => m.TextBody?.Contains(path, StringComparison.Ordinal) == true;
            await sink.WaitForAsync(email, Wanted);
            text = sink.Messages.Last(m => m.To.Mailboxes.Any(a => string.Equals(a.Address, email, StringComparison.OrdinalIgnoreCase)) && Wanted(m)).TextBody ?? "";
        }
        else
        {
            var folder = ((SmtpOptions)app.Services.GetService(typeof(SmtpOptions))!).PickupFolder!;
            var messages = Directory.GetFiles(folder, "*.eml").Order(StringComparer.Ordinal)
                .Select(f => MimeKit.MimeMessage.Load(f))
                .Where(m => m.To.Mailboxes.Any(a => string.Equals(a.Address, email, StringComparison.OrdinalIgnoreCase)) && m.TextBody?.Contains(path, StringComparison.Ordinal) == true)
                .ToList();
            text = messages.Count > 0 ? messages[^1].TextBody ?? "" : throw new InvalidOperationException($"no email to {email} with a link to {path} in {folder}");
        }
        var match = Link().Matches(text).Select(m => new Uri(m.Value)).LastOrDefault(u => u.AbsolutePath == path)
            ?? throw new InvalidOperationException($"no link to {path} in: {text}");
        return match.PathAndQuery;
    }

    public void Dispose() => Client.Dispose();

    private static string? TokenIn(string html) => TokenInput().Match(html) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : null;

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex TokenInput();

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();
}

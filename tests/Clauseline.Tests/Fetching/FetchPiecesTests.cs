using System.Text;
using Clauseline.Extraction;
using Clauseline.Fetching;

namespace Clauseline.Tests.Fetching;

public sealed class FetchPiecesTests
{
    [Theory]
    [InlineData("/terms?utm_source=x&utm_medium=y&lang=en", "https://northwind.example/terms?lang=en")]
    [InlineData("https://other.example/a?fbclid=1&gclid=2&__hstc=3&__hssc=4&__hsfp=5&dsh=6&id=7", "https://other.example/a?id=7")]
    [InlineData("../privacy#cookies", "https://northwind.example/privacy#cookies")]
    [InlineData("/terms;jsessionid=ABC123?page=2", "https://northwind.example/terms?page=2")]
    [InlineData("https://northwind.example:443/terms", "https://northwind.example/terms")]
    public void Links_are_absolute_and_free_of_tracking_and_session_parameters(string href, string expected) =>
        Assert.Equal(expected, LinkCleaner.Clean(href, new Uri("https://northwind.example/legal/terms")));

    [Theory]
    [InlineData("#section-4")]
    [InlineData("javascript:void(0)")]
    [InlineData("")]
    public void Links_that_lead_nowhere_are_dropped(string href) =>
        Assert.Null(LinkCleaner.Clean(href, new Uri("https://northwind.example/")));

    [Fact]
    public void The_charset_of_the_header_wins_then_the_meta_tag()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var latin1 = Encoding.GetEncoding("windows-1252");
        var body = latin1.GetBytes("<html><head><meta charset=\"windows-1252\"></head><body>Café “quoted”</body></html>");
        Assert.Contains("Café “quoted”", TextDecoding.Decode(body, "text/html"), StringComparison.Ordinal);
        Assert.Contains("Café", TextDecoding.Decode(Encoding.UTF8.GetBytes("<p>Café</p>"), "text/html; charset=utf-8"), StringComparison.Ordinal);
        Assert.Contains("Café", TextDecoding.Decode(latin1.GetBytes("<p>Café</p>"), "text/html; charset=ISO-8859-1"), StringComparison.Ordinal);
    }

    [Fact]
    public void Undeclared_utf8_is_recognised()
    {
        var body = Encoding.UTF8.GetBytes("<p>Zürich, São Paulo, Kraków — all regions.</p>");
        Assert.Contains("Zürich, São Paulo, Kraków", TextDecoding.Decode(body, "text/html"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(404, FailureReason.NotFound)]
    [InlineData(410, FailureReason.Gone)]
    [InlineData(403, FailureReason.Forbidden)]
    [InlineData(429, FailureReason.RateLimited)]
    [InlineData(503, FailureReason.ServerError)]
    [InlineData(401, FailureReason.Unauthorized)]
    public void Http_statuses_map_to_reasons(int status, FailureReason reason) => Assert.Equal(reason, HttpFetcher.FromStatus(status));

    [Fact]
    public void Failure_reasons_have_stable_kebab_case_names()
    {
        var names = Enum.GetValues<FailureReason>().Select(r => r.Name()).ToList();
        Assert.Equal(names.Count, names.Distinct().Count());
        Assert.All(names, n => Assert.Matches("^[a-z]+(-[a-z]+)*$", n));
        Assert.Equal("selector-matched-nothing", FailureReason.SelectorMatchedNothing.Name());
    }

    [Fact]
    public async Task The_host_gate_lets_one_request_through_at_a_time_with_a_pause_between()
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.UtcNow);
        var gate = new HostGate(TimeSpan.FromSeconds(1), time);
        var url = new Uri("https://northwind.example/a");
        var first = await gate.EnterAsync(url, TestContext.Current.CancellationToken);
        var second = gate.EnterAsync(url, TestContext.Current.CancellationToken);
        var other = await gate.EnterAsync(new Uri("https://fabrikam.example/a"), TestContext.Current.CancellationToken);
        Assert.False(second.IsCompleted);
        first.Dispose();
        await Task.Delay(50, TestContext.Current.CancellationToken);
        Assert.False(second.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1));
        (await second.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken)).Dispose();
        other.Dispose();
    }

    [Fact]
    public void Network_errors_map_to_reasons()
    {
        Assert.Equal(FailureReason.Dns, HttpFetcher.Classify(new HttpRequestException(HttpRequestError.NameResolutionError, "no such host")).Reason);
        Assert.Equal(FailureReason.Tls, HttpFetcher.Classify(new HttpRequestException(HttpRequestError.SecureConnectionError, "bad certificate")).Reason);
        Assert.Equal(FailureReason.ConnectionRefused, HttpFetcher.Classify(new HttpRequestException("refused", new System.Net.Sockets.SocketException((int)System.Net.Sockets.SocketError.ConnectionRefused))).Reason);
        Assert.Equal(FailureReason.Timeout, HttpFetcher.Classify(new Polly.Timeout.TimeoutRejectedException()).Reason);
        Assert.Equal(FailureReason.ServerError, HttpFetcher.Classify(new Polly.CircuitBreaker.BrokenCircuitException()).Reason);
    }
}

using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Security.Authentication;
using Microsoft.Extensions.Logging;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Clauseline.Fetching;

/// <summary>
/// Fetches one URL over plain HTTP, one request per host at a time, conditionally (If-None-Match /
/// If-Modified-Since, RFC 9110 §13.1), within one time limit for the headers and the whole body, and
/// turns every way it can go wrong into a <see cref="FetchFailed"/> with a reason from the closed list.
/// It also answers whether robots.txt (RFC 9309) lets a URL be fetched.
/// </summary>
public sealed partial class HttpFetcher(HttpClient client, HostGate gate, RobotsCache robots, FetchOptions options, ILogger<HttpFetcher> logger)
{
    public const string ClientName = "clauseline-fetch";

    /// <summary>The refusal robots.txt gives for this URL (RFC 9309), or null when it may be fetched.</summary>
    public async Task<FetchFailed?> RobotsRefusalAsync(Uri url, CancellationToken cancellationToken)
    {
        var (rules, failure) = await robots.GetAsync(url, (robotsUrl, ct) => FetchAsync(new FetchRequest(robotsUrl), ct), cancellationToken);
        if (failure is not null)
            return new FetchFailed(url.ToString(), failure.Reason, $"robots.txt of {url.Authority} could not be read ({failure.Detail}); until it can, RFC 9309 says not to fetch", failure.Status);
        if (!rules.IsAllowed(url))
            return new FetchFailed(url.ToString(), FailureReason.RobotsDisallowed, $"robots.txt of {url.Authority} disallows {url.PathAndQuery} for {FetchOptions.RobotsToken}");
        return null;
    }

    public async Task<FetchOutcome> FetchAsync(FetchRequest request, CancellationToken cancellationToken)
    {
        var url = request.Url.ToString();
        using var lease = await gate.EnterAsync(request.Url, cancellationToken);
        using var message = new HttpRequestMessage(HttpMethod.Get, request.Url);
        message.Headers.UserAgent.ParseAdd(options.UserAgent);
        message.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/pdf;q=0.9,text/plain;q=0.8,*/*;q=0.5");
        if (request.Language is not null)
            message.Headers.AcceptLanguage.ParseAdd(request.Language);
        if (request.ETag is not null && EntityTagHeaderValue.TryParse(request.ETag, out var etag))
            message.Headers.IfNoneMatch.Add(etag);
        if (request.LastModified is not null
            && DateTimeOffset.TryParseExact(request.LastModified, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var since))
            message.Headers.IfModifiedSince = since;
        var conditional = message.Headers.IfNoneMatch.Count > 0 || message.Headers.IfModifiedSince is not null;
        // The resilience pipeline times the request up to its headers; this limit also covers a body that trickles in.
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(options.TotalTimeoutMs);
        try
        {
            using var response = await client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, limit.Token);
            var status = (int)response.StatusCode;
            if (response.StatusCode == HttpStatusCode.NotModified)
            {
                return conditional
                    ? new NotModified(url)
                    : new FetchFailed(url, FailureReason.Network, "the server answered 304 Not Modified to a request without validators", status);
            }
            if (status is >= 300 and < 400)
                return new FetchFailed(url, FailureReason.TooManyRedirects, $"still redirected (HTTP {status}) after {options.MaxRedirects} redirects", status);
            if (!response.IsSuccessStatusCode)
                return new FetchFailed(url, FromStatus(status), $"HTTP {status} {response.ReasonPhrase}".TrimEnd(), status);
            if (response.Content.Headers.ContentLength > options.MaxBodyBytes)
                return new FetchFailed(url, FailureReason.TooLarge, $"Content-Length {response.Content.Headers.ContentLength} exceeds the limit of {options.MaxBodyBytes} bytes", status);
            var body = await ReadCappedAsync(response.Content, limit.Token);
            if (body is null)
                return new FetchFailed(url, FailureReason.TooLarge, $"body exceeds the limit of {options.MaxBodyBytes} bytes", status);
            return new Fetched(
                url,
                response.RequestMessage?.RequestUri?.ToString() ?? url,
                status,
                response.Content.Headers.ContentType?.ToString(),
                body,
                response.Headers.ETag?.ToString(),
                response.Content.Headers.LastModified?.ToString("R"),
                "http");
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var (reason, detail) = Classify(e);
            LogFetchFailed(logger, url, reason, detail);
            return new FetchFailed(url, reason, detail);
        }
    }

    private async Task<byte[]?> ReadCappedAsync(HttpContent content, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > options.MaxBodyBytes)
                return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    internal static FailureReason FromStatus(int status) => status switch
    {
        404 => FailureReason.NotFound,
        410 => FailureReason.Gone,
        401 or 407 => FailureReason.Unauthorized,
        403 or 406 or 451 => FailureReason.Forbidden,
        408 => FailureReason.Timeout,
        429 => FailureReason.RateLimited,
        >= 500 => FailureReason.ServerError,
        _ => FailureReason.Network,
    };

    internal static (FailureReason Reason, string Detail) Classify(Exception e)
    {
        for (var inner = e; inner is not null; inner = inner.InnerException)
        {
            switch (inner)
            {
                case TimeoutRejectedException or TimeoutException or TaskCanceledException:
                    return (FailureReason.Timeout, "no complete answer within the time limit");
                case BrokenCircuitException:
                    return (FailureReason.ServerError, "the host failed repeatedly; requests to it are paused (circuit open)");
                case AuthenticationException:
                    return (FailureReason.Tls, inner.Message);
                case SocketException { SocketErrorCode: SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain }:
                    return (FailureReason.Dns, inner.Message);
                case SocketException { SocketErrorCode: SocketError.ConnectionRefused }:
                    return (FailureReason.ConnectionRefused, inner.Message);
                case SocketException { SocketErrorCode: SocketError.ConnectionReset or SocketError.ConnectionAborted }:
                    return (FailureReason.ConnectionReset, inner.Message);
                case HttpRequestException { HttpRequestError: HttpRequestError.NameResolutionError }:
                    return (FailureReason.Dns, inner.Message);
                case HttpRequestException { HttpRequestError: HttpRequestError.SecureConnectionError }:
                    return (FailureReason.Tls, inner.Message);
                case HttpRequestException { HttpRequestError: HttpRequestError.ResponseEnded }:
                    return (FailureReason.ConnectionReset, "the server closed the connection before the response was complete");
                case IOException when inner.InnerException is null:
                    return (FailureReason.ConnectionReset, inner.Message);
            }
        }
        return (FailureReason.Network, e.Message);
    }

    [LoggerMessage(EventId = 1101, Level = LogLevel.Information, Message = "Fetch of {Url} failed: {Reason} ({Detail})")]
    private static partial void LogFetchFailed(ILogger logger, string url, FailureReason reason, string detail);
}

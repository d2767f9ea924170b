namespace Clauseline.Fetching;

/// <summary>What one attempt to fetch one URL gave: not modified, fetched bytes, or a failure with its reason.</summary>
public abstract record FetchOutcome(string Url);

/// <summary>The server confirmed the validators we sent still match (HTTP 304, RFC 9110 §15.4.5).</summary>
public sealed record NotModified(string Url) : FetchOutcome(Url);

/// <summary>The raw bytes of a response and the headers needed to interpret and revalidate them.</summary>
public sealed record Fetched(
    string Url,
    string FinalUrl,
    int Status,
    string? ContentType,
    byte[] Body,
    string? ETag,
    string? LastModified,
    string Fetcher) : FetchOutcome(Url);

/// <summary>The fetch failed; <see cref="Reason"/> is from a closed list and <see cref="Detail"/> says what happened.</summary>
public sealed record FetchFailed(string Url, FailureReason Reason, string Detail, int? Status = null) : FetchOutcome(Url);

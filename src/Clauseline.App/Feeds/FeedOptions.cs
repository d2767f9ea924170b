namespace Clauseline.App.Feeds;

/// <summary>
/// How feeds are written: the tagging authority and date of entry ids (RFC 4151 tag URIs: set the authority to a
/// domain the install's operator owns; the default is a reserved name, RFC 2606, that claims nobody's), how many
/// entries a feed holds, and how long a public feed is kept in the output cache.
/// </summary>
public sealed class FeedOptions
{
    public string TagAuthority { get; set; } = "clauseline.invalid";

    public string TagDate { get; set; } = "2026";

    public int Entries { get; set; } = 50;

    public int CacheSeconds { get; set; } = 300;

    /// <summary>A tag URI for a thing this install names; the same for the same thing, on every request and after every restart.</summary>
    public string Tag(string specific) => $"tag:{TagAuthority},{TagDate}:{specific}";
}

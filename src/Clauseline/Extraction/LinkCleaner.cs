using System.Text.Json;

namespace Clauseline.Extraction;

/// <summary>
/// Makes links absolute and removes tracking and session parameters (the list is data, in
/// <c>tracking-parameters.json</c>), so a link that differs only by a campaign tag is the same link.
/// </summary>
public static class LinkCleaner
{
    private static readonly Lazy<(HashSet<string> Exact, string[] Prefixes)> Parameters = new(Load);

    /// <summary>The absolute, cleaned form of <paramref name="href"/>, or null for links that lead nowhere (fragments, scripts, mail).</summary>
    public static string? Clean(string? href, Uri? baseUri)
    {
        if (string.IsNullOrWhiteSpace(href))
            return null;
        href = href.Trim();
        if (href.StartsWith('#') || href.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase))
            return null;
        Uri? absolute;
        if (baseUri is not null)
        {
            if (!Uri.TryCreate(baseUri, href, out absolute))
                return null;
        }
        else if (!Uri.TryCreate(href, UriKind.Absolute, out absolute))
        {
            return href;
        }
        if (absolute.Scheme is not ("http" or "https"))
            return absolute.Scheme is "mailto" or "tel" ? absolute.OriginalString : null;
        return WithoutTracking(absolute);
    }

    public static bool IsTracking(string name)
    {
        var (exact, prefixes) = Parameters.Value;
        var key = name.ToLowerInvariant();
        return exact.Contains(key) || prefixes.Any(p => key.StartsWith(p, StringComparison.Ordinal));
    }

    private static string WithoutTracking(Uri url)
    {
        var builder = new UriBuilder(url);
        var path = builder.Path;
        var semicolon = path.IndexOf(";jsessionid=", StringComparison.OrdinalIgnoreCase);
        if (semicolon >= 0)
            builder.Path = path[..semicolon];
        if (builder.Query.Length > 1)
        {
            var kept = builder.Query[1..]
                .Split('&', StringSplitOptions.RemoveEmptyEntries)
                .Where(pair => !IsTracking(Uri.UnescapeDataString(pair.Split('=', 2)[0])));
            builder.Query = string.Join('&', kept);
        }
        if (builder.Uri.IsDefaultPort)
            builder.Port = -1;
        return builder.Uri.AbsoluteUri;
    }

    private static (HashSet<string>, string[]) Load()
    {
        using var stream = typeof(LinkCleaner).Assembly.GetManifestResourceStream("tracking-parameters.json")
            ?? throw new InvalidOperationException("tracking-parameters.json is not embedded in the library.");
        using var json = JsonDocument.Parse(stream);
        var exact = json.RootElement.GetProperty("exact").EnumerateArray().Select(e => e.GetString()!.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        var prefixes = json.RootElement.GetProperty("prefixes").EnumerateArray().Select(e => e.GetString()!.ToLowerInvariant()).ToArray();
        return (exact, prefixes);
    }
}

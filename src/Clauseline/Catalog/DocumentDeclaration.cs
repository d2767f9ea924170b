using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Clauseline.Catalog;

/// <summary>How to fetch and extract one document of a platform: its type, source URLs, selectors and fetch hints.</summary>
public sealed record DocumentDeclaration
{
    public required string Type { get; init; }
    public required IReadOnlyList<string> Urls { get; init; }
    public IReadOnlyList<string>? Select { get; init; }
    public IReadOnlyList<string>? Remove { get; init; }
    public bool Browser { get; init; }
    public bool Pdf { get; init; }
    public string? Language { get; init; }
    public string? Cron { get; init; }
    public bool IgnoreRobots { get; init; }

    /// <summary>
    /// The SHA-256 of the rules that turn archived bytes into text (selectors, PDF), so a version records
    /// which rules produced it and a change of rules re-reads the archived snapshots (a technical upgrade).
    /// </summary>
    public string ExtractionHash() => Hash(new { select = Select ?? [], remove = Remove ?? [], pdf = Pdf });

    /// <summary>
    /// The SHA-256 of where and how the bytes are fetched (URLs, browser, language): when it changes, the
    /// next difference comes from reading other bytes, not from the platform changing its terms.
    /// </summary>
    public string SourceHash() => Hash(new { urls = Urls, browser = Browser, language = Language });

    private static string Hash(object canonical) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(canonical))));

    public string ToJson() => JsonSerializer.Serialize(this, CatalogJson.Options);

    public static DocumentDeclaration FromJson(string json) =>
        JsonSerializer.Deserialize<DocumentDeclaration>(json, CatalogJson.Options)
        ?? throw new JsonException("A document declaration cannot be null.");
}

using Clauseline.Archive;

namespace Clauseline.App.Web.Api;

/// <summary>A platform as the API shows it, with the address of its documents.</summary>
public sealed record PlatformResource(string Slug, string Name, string? Website, string DocumentsUrl)
{
    public static PlatformResource Of(Platform platform) =>
        new(platform.Slug, platform.Name, platform.Website, $"{ApiPaths.V1}/platforms/{platform.Slug}/documents");
}

/// <summary>A document of a platform with its latest version and the addresses of its versions, changes and provisions.</summary>
public sealed record DocumentResource(
    string Platform,
    string PlatformName,
    string Type,
    string TypeName,
    LatestVersion? Latest,
    string VersionsUrl,
    string ChangesUrl,
    string ProvisionsUrl,
    string PageUrl)
{
    public static DocumentResource Of(Document document, LatestVersion? latest)
    {
        var self = DocumentsApi.Url(document);
        return new(document.PlatformSlug, document.PlatformName, document.TypeId, document.TypeName, latest,
            $"{self}/versions", $"{self}/changes", $"{self}/provisions", $"/platforms/{document.PlatformSlug}/{document.TypeId}");
    }
}

/// <summary>The newest version of a document, in brief.</summary>
public sealed record LatestVersion(long Id, int Seq, DateTimeOffset RecordedAt, string TextSha256);

/// <summary>
/// A version's metadata: its place in the document's history and hash chain (<c>chain_hash</c> links it to the one
/// before), and its text only when asked for with <c>?include=text</c>.
/// </summary>
public sealed record VersionResource(long Id, string Platform, string Type, int Seq, DateTimeOffset RecordedAt, string Kind, string Origin, string TextSha256, string ChainHash, string Url, string? Text)
{
    public static VersionResource Of(VersionHead v, Document d) =>
        new(v.Id, d.PlatformSlug, d.TypeId, v.Seq, v.RecordedAt, v.Kind, v.Origin, v.TextSha256, v.ChainHash, VersionsApi.Url(v.Id), null);

    public static VersionResource Of(DocumentVersion v, Document d, bool withText) =>
        new(v.Id, d.PlatformSlug, d.TypeId, v.Seq, v.RecordedAt, v.Kind, v.Origin, v.TextSha256, v.ChainHash, VersionsApi.Url(v.Id), withText ? v.Text : null);
}

using Clauseline.Analysis;
using Clauseline.App.Analysis;

namespace Clauseline.App.Web.Api;

/// <summary>A provision of a document's latest version: its stable id, number, headings, kind, text and category ids.</summary>
public sealed record ProvisionResource(string Id, string Platform, string Type, long VersionId, string? Number, IReadOnlyList<string> HeadingPath, string Kind, string Text, IReadOnlyList<string> Categories, string Url, string PageUrl)
{
    public static ProvisionResource Of(AnalysedProvision p) =>
        new(p.Id, p.Document.PlatformSlug, p.Document.TypeId, p.VersionId, p.Provision.Number, p.Provision.HeadingPath,
            System.Text.Json.JsonNamingPolicy.SnakeCaseLower.ConvertName(p.Provision.Kind.ToString()), p.Provision.Text, [.. p.Categories.Select(c => c.Id)],
            $"{DocumentsApi.Url(p.Document)}/provisions/{p.Id}", p.Url);
}

/// <summary>One provision with each of its categories rated for the calling organisation's profile.</summary>
public sealed record ProvisionDetail(ProvisionResource Provision, string Profile, IReadOnlyList<CategoryExposure> Categories);

/// <summary>A category of a provision with its exposure: the level, the range over what the profile leaves unknown, the score and the drivers.</summary>
public sealed record CategoryExposure(string Category, string Name, double Confidence, ExposureResource Exposure);

public sealed record ExposureResource(string Level, string Range, int Score, IReadOnlyList<DriverResource> Drivers)
{
    public static ExposureResource Of(ExposureAssessment e) =>
        new(e.Level.Name(), e.Range, e.Score, [.. e.Drivers.Select(d => new DriverResource(d.Kind.ToString().ToLowerInvariant(), d.Description, d.Delta, d.Quote))]);
}

/// <summary>One reason that moved an exposure score: the category's baseline, the provision's wording or the profile.</summary>
public sealed record DriverResource(string Kind, string Description, int Delta, string? Quote);

/// <summary>A category of the governance taxonomy with its group, default exposure and the regulations it touches.</summary>
public sealed record CategoryResource(string Id, string Group, string GroupName, string Name, string Description, string DefaultExposure, IReadOnlyList<RegulationResource> Regulations, IReadOnlyList<string> Related, string Url)
{
    public static CategoryResource Of(Category c, Taxonomy taxonomy) =>
        new(c.Id, c.Group, taxonomy.Groups.First(g => g.Id == c.Group).Name, c.Name, c.Description, c.DefaultExposure.Name(),
            [.. c.Regulations.Select(r => new RegulationResource(r.Id, r.Articles, r.How))], c.Related, $"{ApiPaths.V1}/categories/{c.Id}");
}

public sealed record RegulationResource(string Id, IReadOnlyList<string> Articles, string How);

/// <summary>A provision of a category on one platform, with its exposure for the calling organisation's profile.</summary>
public sealed record RatedProvisionResource(string Platform, string Type, string ProvisionId, string Text, ExposureResource Exposure, string Url)
{
    public static RatedProvisionResource Of(ProvisionExposure p) =>
        new(p.Provision.Document.PlatformSlug, p.Provision.Document.TypeId, p.Provision.Id, p.Provision.Provision.Text, ExposureResource.Of(p.Exposure),
            $"{DocumentsApi.Url(p.Provision.Document)}/provisions/{p.Provision.Id}");
}

/// <summary>Two to four platforms side by side: per category, each platform's provisions of it, most exposed first.</summary>
public sealed record ComparisonResource(IReadOnlyList<string> Platforms, string Profile, IReadOnlyList<ComparisonRowResource> Rows);

/// <summary>One category across the compared platforms: a cell per platform, in the order asked.</summary>
public sealed record ComparisonRowResource(string Category, string Name, IReadOnlyList<ComparisonCellResource> Cells);

public sealed record ComparisonCellResource(string Platform, IReadOnlyList<RatedProvisionResource> Provisions);

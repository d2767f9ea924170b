using System.Text.Json;
using Clauseline.Catalog;

namespace Clauseline.App.Web.Admin;

/// <summary>The catalog form of the administrators' page: a platform and one document, checked by the same schema and rules as catalog files.</summary>
public sealed record CatalogForm(string Name, string Slug, string Website, string Type, string Urls, string Select, string Remove, bool Browser)
{
    public static CatalogForm Empty { get; } = new("", "", "https://", "terms-of-service", "", "", "", false);

    public static CatalogForm Read(IFormCollection form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return new(form["name"].ToString().Trim(), form["slug"].ToString().Trim(), form["website"].ToString().Trim(), form["type"].ToString().Trim(),
            form["urls"].ToString(), form["select"].ToString(), form["remove"].ToString(), form["browser"] == "yes");
    }

    /// <summary>The declaration the form makes, or the problems the catalog's schema and rules find in it.</summary>
    public (PlatformDeclaration? Platform, IReadOnlyList<string> Problems) Declaration()
    {
        var slug = Slug.Length > 0 ? Slug : Name.Length > 0 ? Catalog.Slug.From(Name) : "";
        var document = new Dictionary<string, object?>
        {
            ["type"] = DocumentTypes.Resolve(Type)?.Id ?? Type,
            ["urls"] = Lines(Urls),
            ["select"] = Lines(Select) is { Count: > 0 } s ? s : null,
            ["remove"] = Lines(Remove) is { Count: > 0 } r ? r : null,
            ["browser"] = Browser ? true : null,
        };
        var json = JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["name"] = Name,
            ["slug"] = slug,
            ["website"] = Website,
            ["documents"] = new[] { document.Where(p => p.Value is not null).ToDictionary() },
        });
        var (platform, problems) = CatalogReader.Parse(json, "the form", null);
        return (platform, [.. problems.Select(p => p.Location.Length == 0 ? p.Message : $"{p.Location}: {p.Message}")]);
    }

    private static List<string> Lines(string text) =>
        [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}

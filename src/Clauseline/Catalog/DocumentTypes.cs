using System.Text.Json;

namespace Clauseline.Catalog;

/// <summary>The fixed vocabulary of document types, read from the embedded <c>document-types.json</c>.</summary>
public static class DocumentTypes
{
    private static readonly Lazy<IReadOnlyList<DocumentType>> Known = new(Load);

    public static IReadOnlyList<DocumentType> All => Known.Value;

    public static DocumentType? Find(string id) =>
        All.FirstOrDefault(t => string.Equals(t.Id, id, StringComparison.Ordinal));

    /// <summary>Matches an id, a display name or an alias, ignoring case and punctuation.</summary>
    public static DocumentType? Resolve(string nameOrAlias)
    {
        var key = Slug.From(nameOrAlias);
        return All.FirstOrDefault(t => t.Id == key || Slug.From(t.Name) == key || t.Aliases.Any(a => Slug.From(a) == key));
    }

    /// <summary>The known type for a name, or a new type whose id is the slug of the name.</summary>
    public static DocumentType ResolveOrCreate(string name) =>
        Resolve(name) ?? new DocumentType(Slug.From(name), name.Trim(), []);

    private static IReadOnlyList<DocumentType> Load()
    {
        using var stream = typeof(DocumentTypes).Assembly.GetManifestResourceStream("document-types.json")
            ?? throw new InvalidOperationException("document-types.json is not embedded in the library.");
        using var json = JsonDocument.Parse(stream);
        return [.. json.RootElement.GetProperty("types").EnumerateArray().Select(t => new DocumentType(
            t.GetProperty("id").GetString()!,
            t.GetProperty("name").GetString()!,
            [.. t.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()!)]))];
    }
}

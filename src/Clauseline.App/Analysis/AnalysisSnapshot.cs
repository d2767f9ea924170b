using Clauseline.Analysis.Comparison;

namespace Clauseline.App.Analysis;

/// <summary>
/// One complete reading of the archive's latest versions: every provision with its categories, looked up by key,
/// document, platform or category, and the similarity index over every categorised provision. Immutable: readers
/// share it while the next one is built.
/// </summary>
public sealed class AnalysisSnapshot
{
    private readonly Dictionary<string, AnalysedProvision> _byKey;
    private readonly Dictionary<string, AnalysedDocument> _byDocument;
    private readonly Dictionary<string, List<AnalysedProvision>> _byCategory;

    public AnalysisSnapshot(string signature, IReadOnlyList<AnalysedDocument> documents, DateTimeOffset builtAt)
    {
        Signature = signature;
        Documents = documents;
        BuiltAt = builtAt;
        var provisions = documents.SelectMany(d => d.Provisions).ToList();
        _byKey = provisions.ToDictionary(p => p.Key, StringComparer.Ordinal);
        _byDocument = documents.ToDictionary(d => d.Document.Key, StringComparer.Ordinal);
        _byCategory = new Dictionary<string, List<AnalysedProvision>>(StringComparer.Ordinal);
        foreach (var provision in provisions)
        {
            foreach (var category in provision.Categories)
            {
                if (!_byCategory.TryGetValue(category.Id, out var list))
                    _byCategory.Add(category.Id, list = []);
                list.Add(provision);
            }
        }
        Categorised = provisions.Count(p => p.Categories.Count > 0);
        Similar = ProvisionSimilarityIndex.Build(provisions.Where(p => p.Categories.Count > 0).Select(p => new IndexedProvision(
            p.Key, p.Document.PlatformSlug, p.Document.PlatformName, p.Document.TypeId, p.Document.TypeName, p.Id, p.Provision.Text,
            [.. p.Categories.Select(c => c.Id)])));
    }

    /// <summary>The documents and latest versions it was built from, as <c>document:version</c> pairs.</summary>
    public string Signature { get; }

    public IReadOnlyList<AnalysedDocument> Documents { get; }

    public DateTimeOffset BuiltAt { get; }

    /// <summary>How many provisions have at least one category.</summary>
    public int Categorised { get; }

    public ProvisionSimilarityIndex Similar { get; }

    /// <summary>A provision by its key, <c>platform-slug/type-id/provision-id</c>.</summary>
    public AnalysedProvision? Find(string key) => _byKey.GetValueOrDefault(key);

    /// <summary>A document's latest version by its key, <c>platform-slug/type-id</c>.</summary>
    public AnalysedDocument? FindDocument(string key) => _byDocument.GetValueOrDefault(key);

    /// <summary>Every provision of a category, by platform name then in document order.</summary>
    public IReadOnlyList<AnalysedProvision> InCategory(string categoryId) => _byCategory.TryGetValue(categoryId, out var list) ? list : [];

    /// <summary>The analysed documents of a platform.</summary>
    public IReadOnlyList<AnalysedDocument> OfPlatform(string slug) => [.. Documents.Where(d => d.Document.PlatformSlug == slug)];

    public static string Key(string platformSlug, string typeId, string provisionId) => $"{platformSlug}/{typeId}/{provisionId}";
}

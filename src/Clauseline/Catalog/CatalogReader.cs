using System.Text.Json;
using Json.Schema;

namespace Clauseline.Catalog;

/// <summary>
/// Reads catalog files, checks each against the JSON schema and the rules a schema cannot say
/// (slug equals file name, one document per type), and returns the good ones with every problem found.
/// A bad file never stops the others from loading.
/// </summary>
public static class CatalogReader
{
    private static readonly Lazy<JsonSchema> Schema = new(LoadSchema);

    public static CatalogLoad ReadFolder(string folder)
    {
        if (!Directory.Exists(folder))
            return new CatalogLoad([], [new CatalogProblem(folder, "", "the catalog folder does not exist")]);
        var platforms = new List<PlatformDeclaration>();
        var problems = new List<CatalogProblem>();
        foreach (var path in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            var (platform, fileProblems) = ReadFile(path);
            problems.AddRange(fileProblems);
            if (platform is not null)
                platforms.Add(platform);
        }
        foreach (var duplicate in platforms.GroupBy(p => p.Slug).Where(g => g.Count() > 1))
            problems.Add(new CatalogProblem(folder, "", $"slug '{duplicate.Key}' is declared by more than one file"));
        return new CatalogLoad(platforms, problems);
    }

    public static (PlatformDeclaration? Platform, IReadOnlyList<CatalogProblem> Problems) ReadFile(string path)
    {
        var name = Path.GetFileName(path);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (IOException e)
        {
            return (null, [new CatalogProblem(name, "", $"cannot be read: {e.Message}")]);
        }
        return Parse(text, name, Path.GetFileNameWithoutExtension(path));
    }

    /// <summary>Parses and checks one declaration; <paramref name="expectedSlug"/> is the file name's stem, when there is a file.</summary>
    public static (PlatformDeclaration? Platform, IReadOnlyList<CatalogProblem> Problems) Parse(string text, string name, string? expectedSlug)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow });
        }
        catch (JsonException e)
        {
            return (null, [new CatalogProblem(name, $"line {e.LineNumber + 1}", $"is not valid JSON: {FirstSentence(e.Message)}")]);
        }
        using (json)
        {
            var problems = SchemaProblems(json.RootElement, name);
            if (problems.Count > 0)
                return (null, problems);
            var platform = json.RootElement.Deserialize<PlatformDeclaration>(CatalogJson.Options)!;
            if (expectedSlug is not null && platform.Slug != expectedSlug)
                problems.Add(new CatalogProblem(name, "/slug", $"is '{platform.Slug}' but the file is named '{expectedSlug}.json'"));
            foreach (var type in platform.Documents.GroupBy(d => d.Type).Where(g => g.Count() > 1))
                problems.Add(new CatalogProblem(name, "/documents", $"declares the type '{type.Key}' more than once"));
            for (var i = 0; i < platform.Documents.Count; i++)
                problems.AddRange(DocumentProblems(platform.Documents[i], name, $"/documents/{i}"));
            return problems.Count > 0 ? (null, problems) : (platform, problems);
        }
    }

    private static List<CatalogProblem> SchemaProblems(JsonElement root, string name)
    {
        var results = Schema.Value.Evaluate(root, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid)
            return [];
        var problems = new List<CatalogProblem>();
        foreach (var detail in results.Details ?? [])
        {
            if (detail.Errors is null)
                continue;
            foreach (var (_, message) in detail.Errors)
                problems.Add(new CatalogProblem(name, detail.InstanceLocation.ToString(), message));
        }
        if (problems.Count == 0)
            problems.Add(new CatalogProblem(name, "", "does not match the catalog schema"));
        return [.. problems.Distinct()];
    }

    /// <summary>What the schema cannot check: that URLs parse and that CSS selectors are valid.</summary>
    private static IEnumerable<CatalogProblem> DocumentProblems(DocumentDeclaration document, string name, string location)
    {
        for (var i = 0; i < document.Urls.Count; i++)
        {
            if (!Uri.TryCreate(document.Urls[i], UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
                yield return new CatalogProblem(name, $"{location}/urls/{i}", $"'{document.Urls[i]}' is not an absolute http(s) URL");
        }
        foreach (var (field, selectors) in new[] { ("select", document.Select), ("remove", document.Remove) })
        {
            for (var i = 0; i < (selectors?.Count ?? 0); i++)
            {
                if (!IsValidSelector(selectors![i]))
                    yield return new CatalogProblem(name, $"{location}/{field}/{i}", $"'{selectors[i]}' is not a valid CSS selector");
            }
        }
    }

    private static bool IsValidSelector(string selector)
    {
        try
        {
            _ = EmptyPage.Value.QuerySelector(selector);
            return true;
        }
        catch (AngleSharp.Dom.DomException)
        {
            return false;
        }
    }

    private static readonly Lazy<AngleSharp.Html.Dom.IHtmlDocument> EmptyPage = new(() => new AngleSharp.Html.Parser.HtmlParser().ParseDocument("<html></html>"));

    private static JsonSchema LoadSchema()
    {
        using var stream = typeof(CatalogReader).Assembly.GetManifestResourceStream("catalog.schema.json")
            ?? throw new InvalidOperationException("catalog.schema.json is not embedded in the library.");
        using var reader = new StreamReader(stream);
        return JsonSchema.FromText(reader.ReadToEnd());
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message[..(end + 1)];
    }
}

using System.Text.Json;

namespace Clauseline.Analysis.Training;

/// <summary>
/// One labelled sentence of a training or test file (JSON lines: <c>doc</c>, <c>idx</c>, <c>text</c>,
/// <c>labels</c> = [{<c>category</c>, <c>degree</c>}], degree 1 fair, 2 potentially unfair, 3 clearly unfair),
/// with the categories its file labels (<see cref="Scope"/>): a sentence says nothing about a category outside it.
/// </summary>
public sealed record LabelledSentence(string Doc, int Idx, string Text, IReadOnlyList<SentenceLabel> Labels, IReadOnlySet<string> Scope)
{
    public int? Degree(string category)
    {
        foreach (var l in Labels)
        {
            if (l.Category == category)
            {
                return l.Degree;
            }
        }
        return null;
    }

    /// <summary>
    /// Whether the sentence counts as carrying <paramref name="category"/>: for the nine categories of the CLAUDETTE
    /// corpus, when it is labelled potentially or clearly unfair (degree 2 or 3), which is the convention of that
    /// corpus and of its evaluation; for every other category, when it is labelled at all.
    /// </summary>
    public bool Carries(string category) =>
        Degree(category) is { } d && (d >= 2 || !LabelledSentences.Claudette.Contains(category));
}

public sealed record SentenceLabel(string Category, int Degree);

public static class LabelledSentences
{
    /// <summary>The categories the CLAUDETTE corpus labels.</summary>
    public static IReadOnlySet<string> Claudette { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "limitation-of-liability", "unilateral-termination", "unilateral-change", "content-removal",
        "contract-by-using", "choice-of-law", "jurisdiction", "arbitration", "privacy-included",
    };

    /// <summary>The eight categories of the published evaluation (the nine above without privacy-included).</summary>
    public static IReadOnlyList<string> Evaluated { get; } =
    [
        "limitation-of-liability", "unilateral-termination", "unilateral-change", "content-removal",
        "contract-by-using", "choice-of-law", "jurisdiction", "arbitration",
    ];

    /// <summary>
    /// Reads a labelled file. A file whose labels stay within the CLAUDETTE categories labels only those; a file
    /// that uses any other category of <paramref name="taxonomy"/> labels every category of it.
    /// </summary>
    public static IReadOnlyList<LabelledSentence> Read(string path, Taxonomy taxonomy)
    {
        var rows = new List<(string Doc, int Idx, string Text, List<SentenceLabel> Labels)>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            try
            {
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                var text = root.GetProperty("text").GetString() ?? throw new InvalidDataException("text is null");
                var doc = root.TryGetProperty("doc", out var d) ? d.GetString() ?? "" : Path.GetFileNameWithoutExtension(path);
                var idx = root.TryGetProperty("idx", out var i) ? i.GetInt32() : lineNumber;
                var labels = new List<SentenceLabel>();
                if (root.TryGetProperty("labels", out var ls))
                {
                    foreach (var l in ls.EnumerateArray())
                    {
                        var category = l.GetProperty("category").GetString()!;
                        if (taxonomy.Find(category) is null)
                        {
                            throw new InvalidDataException($"unknown category '{category}'");
                        }
                        labels.Add(new SentenceLabel(category, l.TryGetProperty("degree", out var g) ? g.GetInt32() : 2));
                    }
                }
                rows.Add((doc, idx, text, labels));
            }
            catch (Exception e) when (e is JsonException or InvalidDataException or KeyNotFoundException or InvalidOperationException or FormatException)
            {
                throw new InvalidDataException($"{path}, line {lineNumber}: {e.Message}", e);
            }
        }
        var used = rows.SelectMany(r => r.Labels).Select(l => l.Category).ToHashSet(StringComparer.Ordinal);
        IReadOnlySet<string> scope = used.IsSubsetOf(Claudette)
            ? Claudette
            : taxonomy.Categories.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        return [.. rows.Select(r => new LabelledSentence(r.Doc, r.Idx, r.Text, r.Labels, scope))];
    }

    /// <summary>Reads every file given, a folder meaning each of its <c>*.jsonl</c> files whose name passes <paramref name="include"/>.</summary>
    public static IReadOnlyList<LabelledSentence> ReadAll(IEnumerable<string> paths, Taxonomy taxonomy, Func<string, bool>? include = null)
    {
        var all = new List<LabelledSentence>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path, "*.jsonl").Order(StringComparer.Ordinal).Where(f => include?.Invoke(Path.GetFileName(f)) ?? true))
                {
                    all.AddRange(Read(file, taxonomy));
                }
            }
            else
            {
                all.AddRange(Read(path, taxonomy));
            }
        }
        return all;
    }
}

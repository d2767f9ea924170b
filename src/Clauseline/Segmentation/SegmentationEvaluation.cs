using System.Text;
using System.Text.Json;

namespace Clauseline.Segmentation;

/// <summary>
/// Measures <see cref="SentenceSplitter"/> against a gold corpus in the CLAUDETTE layout: <c>texts/&lt;doc&gt;.txt</c>
/// and <c>sentences.jsonl</c> (doc, idx, text), where every gold sentence occurs verbatim and in order in its text.
/// A boundary is where a sentence ends once its whitespace is trimmed.
/// </summary>
public static class SegmentationEvaluation
{
    /// <summary>Scores every document of <paramref name="folder"/>, or only the development ones when <paramref name="includeHeldOut"/> is false.</summary>
    public static SegmentationReport Evaluate(string folder, bool includeHeldOut = true)
    {
        var problems = new List<string>();
        var documents = new List<DocumentSegmentation>();
        foreach (var (name, sentences) in ReadGold(Path.Combine(folder, "sentences.jsonl"), includeHeldOut))
        {
            var path = Path.Combine(folder, "texts", name + ".txt");
            if (!File.Exists(path))
            {
                problems.Add($"{name}: no text at {path}");
                continue;
            }
            var text = Encoding.UTF8.GetString(File.ReadAllBytes(path));
            var gold = GoldBoundaries(text, sentences, out var unlocated);
            if (unlocated > 0)
                problems.Add($"{name}: {unlocated} gold sentences not found in the text");
            documents.Add(Score(name, gold, SentenceSplitter.Split(text)));
        }
        var development = Sum(documents.Where(d => !d.HeldOut));
        var heldOut = Sum(documents.Where(d => d.HeldOut));
        return new SegmentationReport(development, heldOut, development.Add(heldOut), documents, problems);
    }

    /// <summary>
    /// The end offsets of <paramref name="sentences"/> in <paramref name="text"/>, each searched for from the end of the
    /// one before, with whitespace trimmed.
    /// </summary>
    public static SortedSet<int> GoldBoundaries(string text, IEnumerable<string> sentences, out int unlocated)
    {
        var boundaries = new SortedSet<int>();
        unlocated = 0;
        var from = 0;
        foreach (var sentence in sentences)
        {
            var trimmed = sentence.AsSpan().Trim();
            if (trimmed.IsEmpty)
                continue;
            var at = text.AsSpan(from).IndexOf(trimmed, StringComparison.Ordinal);
            if (at < 0)
            {
                unlocated++;
                continue;
            }
            from += at + trimmed.Length;
            boundaries.Add(from);
        }
        return boundaries;
    }

    private static DocumentSegmentation Score(string name, SortedSet<int> gold, IReadOnlyList<SentenceSpan> spans)
    {
        var predicted = new SortedSet<int>(spans.Select(s => s.End));
        var missed = gold.Where(b => !predicted.Contains(b)).ToList();
        var spurious = predicted.Where(b => !gold.Contains(b)).ToList();
        var score = new BoundaryScore(1, gold.Count, predicted.Count, gold.Count - missed.Count);
        return new DocumentSegmentation(name, SegmentationHoldout.Documents.Contains(name), score, missed, spurious);
    }

    private static BoundaryScore Sum(IEnumerable<DocumentSegmentation> documents) =>
        documents.Aggregate(BoundaryScore.Empty, (sum, d) => sum.Add(d.Score));

    /// <summary>The gold sentences per document, in the file's order of documents and of <c>idx</c> within each.</summary>
    private static List<(string Name, List<string> Sentences)> ReadGold(string path, bool includeHeldOut)
    {
        var byDocument = new Dictionary<string, List<(int Index, string Text)>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            if (string.IsNullOrWhiteSpace(line))
                continue;
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var name = root.GetProperty("doc").GetString() ?? "";
            if (!includeHeldOut && SegmentationHoldout.Documents.Contains(name))
                continue;
            if (!byDocument.TryGetValue(name, out var list))
            {
                byDocument[name] = list = [];
                order.Add(name);
            }
            list.Add((root.GetProperty("idx").GetInt32(), root.GetProperty("text").GetString() ?? ""));
        }
        return order.Select(n => (n, byDocument[n].OrderBy(s => s.Index).Select(s => s.Text).ToList())).ToList();
    }
}

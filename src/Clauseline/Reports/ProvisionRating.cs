using Clauseline.Analysis;
using Clauseline.Analysis.Compliance;
using Clauseline.Archive;
using Clauseline.Segmentation;

namespace Clauseline.Reports;

/// <summary>The provisions of a version as a report lists them: each with its categories and exposure for the profile, and the plain reading and regulations of its analysis.</summary>
internal static class ProvisionRating
{
    public static IReadOnlyList<ReportProvision> Rate(Document document, IReadOnlyList<Provision> provisions, IReadOnlyList<string>? ids, IReadOnlyList<Document> otherDocuments, Profile profile, ClauseRater rater, Taxonomy taxonomy)
    {
        var categories = provisions
            .Select(p => p.Kind == ProvisionKind.Heading ? [] : rater.Rate(p.Text, profile).Where(c => taxonomy.Find(c.Id) is not null).ToList())
            .ToList();
        string Id(int i) => ids?[i] ?? $"#{i + 1}";
        var neighbours = provisions
            .Select((p, i) => (Provision: p, Index: i))
            .Where(x => x.Provision.Kind != ProvisionKind.Heading)
            .Select(x => new NeighbourProvision(Id(x.Index), x.Provision.Text, x.Provision.HeadingPath, x.Provision.Number, [.. categories[x.Index].Select(c => c.Id)]))
            .ToList();
        var tracked = otherDocuments.Select(d => new TrackedDocument(d.TypeId, d.TypeName)).ToList();
        var result = new List<ReportProvision>(provisions.Count);
        for (var i = 0; i < provisions.Count; i++)
        {
            var p = provisions[i];
            ReportAnalysis? analysis = null;
            if (categories[i].Count > 0)
            {
                var subject = new AnalysisSubject(Id(i), p.Text, p.HeadingPath, p.Number, document.PlatformName, document.TypeName, categories[i],
                    [.. neighbours.Where(n => n.ProvisionId != Id(i))], tracked, profile);
                var full = ComplianceAnalyzer.Default.Analyse(subject);
                analysis = new ReportAnalysis(full.Reading.States, full.Reading.MeansForYou,
                    [.. full.RegulatoryLandscape.Select(l => new ReportRegulation(l.RegulationId, l.Name, l.Citation, Relevance(l.Relevance)))]);
            }
            result.Add(new ReportProvision(ids?[i], System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(p.Kind.ToString()), p.Number, p.HeadingPath, p.Start, p.End, p.Text, Hashing.Sha256(p.Text),
                [.. categories[i].Select(c => Category(c, taxonomy))], analysis));
        }
        return result;
    }

    private static ReportCategory Category(RatedCategory c, Taxonomy taxonomy) => new(
        c.Id,
        taxonomy.Get(c.Id).Name,
        Math.Round(c.Match.Score, 3),
        c.Exposure.Level.Name(),
        c.Exposure.Range,
        c.Exposure.RangeText,
        c.Exposure.Score,
        [.. c.Exposure.Drivers.Select(d => new ReportDriver(d.Kind.ToString().ToLowerInvariant(), d.Id, d.Description, d.Delta, d.Quote))]);

    private static string Relevance(Relevance relevance) => relevance switch
    {
        Analysis.Compliance.Relevance.Applies => "applies",
        Analysis.Compliance.Relevance.Unstated => "unstated",
        Analysis.Compliance.Relevance.OutsideScope => "outside-scope",
        _ => "other-jurisdiction",
    };
}

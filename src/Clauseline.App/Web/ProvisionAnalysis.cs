using Clauseline.Analysis;
using Clauseline.Analysis.Compliance;
using Clauseline.App.Analysis;
using Clauseline.Segmentation;

namespace Clauseline.App.Web;

/// <summary>Another platform's closest provision of a category, with its exposure and how it compares with this one.</summary>
public sealed record PeerHandling(AnalysedProvision Provision, ExposureAssessment Exposure, double Similarity, Favourability Favourability);

/// <summary>One category of the provision with how the other platforms' closest provisions of that category compare.</summary>
public sealed record CategoryPeers(Category Category, ExposureAssessment Here, IReadOnlyList<PeerHandling> Others);

/// <summary>
/// What the provision page adds about a provision as it reads now, for one profile: its categories with their
/// exposure and evidence, how other platforms handle each category, and the compliance analysis.
/// </summary>
public sealed record ProvisionAnalysis(Profile Profile, IReadOnlyList<RatedCategory> Categories, IReadOnlyList<CategoryPeers> Peers, ComplianceAnalysis? Compliance)
{
    /// <summary>How many other platforms are shown per category.</summary>
    public const int PeersShown = 5;

    public static ProvisionAnalysis Build(ProvisionView view, AnalysisSnapshot snapshot, ClauseRater rater, Profile profile, Taxonomy taxonomy)
    {
        var document = view.Document;
        var provision = view.Provision;
        var indexed = snapshot.Find(AnalysisSnapshot.Key(document.PlatformSlug, document.TypeId, view.ProvisionId));
        // The index reads the same latest version as the view unless a version landed between the two reads.
        var categories = indexed is not null && indexed.VersionId == view.SeenIn.Version.VersionId ? indexed.Rate(profile, rater.Exposure)
            : provision.Kind == ProvisionKind.Heading ? []
            : rater.Rate(provision.Text, profile);
        categories = [.. categories.Where(c => taxonomy.Find(c.Id) is not null)];
        if (categories.Count == 0)
            return new ProvisionAnalysis(profile, categories, [], null);

        var peers = categories.Select(c => new CategoryPeers(taxonomy.Get(c.Id), c.Exposure,
            [.. snapshot.Similar.NearestPerPlatform(provision.Text, c.Id, PeersShown, document.PlatformSlug)
                .Select(s => (Similar: s, Other: snapshot.Find(s.Provision.Key)))
                .Where(x => x.Other is not null)
                .Select(x => (x.Similar, Other: x.Other!, Exposure: x.Other!.Exposure(c.Id, profile, rater.Exposure)!))
                .Select(x => new PeerHandling(x.Other, x.Exposure, x.Similar.Similarity, Favourabilities.Compare(c.Exposure.Score, x.Exposure.Score)))])).ToList();

        var same = snapshot.FindDocument(document.Key);
        var neighbours = same is null || same.VersionId != view.SeenIn.Version.VersionId ? []
            : same.Provisions.Where(p => p.Provision.Kind != ProvisionKind.Heading && p.Id != view.ProvisionId)
                .Select(p => new NeighbourProvision(p.Id, p.Provision.Text, p.Provision.HeadingPath, p.Provision.Number, [.. p.Categories.Select(c => c.Id)]))
                .ToList();
        var others = snapshot.OfPlatform(document.PlatformSlug).Where(d => d.Document.Id != document.Id)
            .Select(d => new TrackedDocument(d.Document.TypeId, d.Document.TypeName)).ToList();
        var subject = new AnalysisSubject(view.ProvisionId, provision.Text, provision.HeadingPath, provision.Number,
            document.PlatformName, document.TypeName, categories, neighbours, others, profile);
        return new ProvisionAnalysis(profile, categories, peers, ComplianceAnalyzer.Default.Analyse(subject));
    }
}

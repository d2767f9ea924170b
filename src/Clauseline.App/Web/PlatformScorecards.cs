using Clauseline.Analysis;
using Clauseline.Analysis.Scorecards;
using Clauseline.App.Analysis;

namespace Clauseline.App.Web;

/// <summary>A platform's scorecard across its documents' latest versions, for the chosen profile.</summary>
public static class PlatformScorecards
{
    public static Scorecard Build(AnalysisSnapshot snapshot, string platformSlug, Profile profile, ClauseRater rater) =>
        Scorecard.ForPlatform([.. snapshot.OfPlatform(platformSlug)
            .SelectMany(d => d.Provisions)
            .Where(p => p.Categories.Count > 0)
            .Select(p => new RatedProvision(platformSlug, p.Document.TypeId, p.Document.TypeName, p.Id, p.Provision.Number, p.Provision.HeadingPath,
                p.Provision.Text, p.Rate(profile, rater.Exposure)))]);
}

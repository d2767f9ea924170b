using Clauseline.Analysis;
using Clauseline.Analysis.Scorecards;
using Clauseline.App.Analysis;

namespace Clauseline.App.Web;

/// <summary>Scorecards of a platform across its documents' latest versions, and of one document, for the chosen profile.</summary>
public static class PlatformScorecards
{
    /// <summary>The scorecard of one document's latest version, or null when the index has not analysed it.</summary>
    public static Scorecard? ForDocument(AnalysisSnapshot snapshot, Clauseline.Archive.Document document, Profile profile, ClauseRater rater)
    {
        var analysed = snapshot.FindDocument(document.Key);
        if (analysed is null)
            return null;
        return Scorecard.ForDocument([.. analysed.Provisions
            .Where(p => p.Categories.Count > 0)
            .Select(p => new RatedProvision(document.PlatformSlug, document.TypeId, document.TypeName, p.Id, p.Provision.Number, p.Provision.HeadingPath,
                p.Provision.Text, p.Rate(profile, rater.Exposure)))]);
    }

    public static Scorecard Build(AnalysisSnapshot snapshot, string platformSlug, Profile profile, ClauseRater rater) =>
        Scorecard.ForPlatform([.. snapshot.OfPlatform(platformSlug)
            .SelectMany(d => d.Provisions)
            .Where(p => p.Categories.Count > 0)
            .Select(p => new RatedProvision(platformSlug, p.Document.TypeId, p.Document.TypeName, p.Id, p.Provision.Number, p.Provision.HeadingPath,
                p.Provision.Text, p.Rate(profile, rater.Exposure)))]);
}

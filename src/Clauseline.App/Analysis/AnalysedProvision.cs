using Clauseline.Analysis;
using Clauseline.Analysis.Exposure;
using Clauseline.Archive;
using Clauseline.Segmentation;

namespace Clauseline.App.Analysis;

/// <summary>
/// A provision of a document's latest version with its categories, each rated for the unknown profile. The
/// categories do not depend on the profile, only their exposure does: <see cref="Rate"/> gives it for another.
/// </summary>
public sealed record AnalysedProvision(string Key, Document Document, long VersionId, string Id, Provision Provision, IReadOnlyList<RatedCategory> Categories)
{
    /// <summary>The provision page's address.</summary>
    public string Url => $"/platforms/{Document.PlatformSlug}/{Document.TypeId}/provisions/{Id}";

    /// <summary>The categories with their exposure for <paramref name="profile"/>, most confident first.</summary>
    public IReadOnlyList<RatedCategory> Rate(Profile profile, ExposureRater rater) =>
        ReferenceEquals(profile, Profile.Unknown) ? Categories : [.. Categories.Select(c => c with { Exposure = rater.Rate(c.Id, Provision.Text, profile) })];

    /// <summary>The exposure of one of its categories for <paramref name="profile"/>, or null when it is not of that category.</summary>
    public ExposureAssessment? Exposure(string categoryId, Profile profile, ExposureRater rater) =>
        Categories.Any(c => c.Id == categoryId)
            ? ReferenceEquals(profile, Profile.Unknown) ? Categories.First(c => c.Id == categoryId).Exposure : rater.Rate(categoryId, Provision.Text, profile)
            : null;
}

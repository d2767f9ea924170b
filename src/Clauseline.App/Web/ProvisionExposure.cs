using Clauseline.Analysis;
using Clauseline.App.Analysis;

namespace Clauseline.App.Web;

/// <summary>A provision with its exposure in one category for the chosen profile: a row of the category and comparison pages.</summary>
public sealed record ProvisionExposure(AnalysedProvision Provision, ExposureAssessment Exposure)
{
    /// <summary>The provisions of <paramref name="categoryId"/> among <paramref name="provisions"/>, rated for the profile, in the order given.</summary>
    public static IReadOnlyList<ProvisionExposure> Of(IEnumerable<AnalysedProvision> provisions, string categoryId, Profile profile, ClauseRater rater) =>
        [.. provisions.Select(p => p.Exposure(categoryId, profile, rater.Exposure) is { } e ? new ProvisionExposure(p, e) : null).OfType<ProvisionExposure>()];

    /// <summary>The most exposed first: by level, then score.</summary>
    public static IReadOnlyList<ProvisionExposure> MostExposedFirst(IEnumerable<ProvisionExposure> items) =>
        [.. items.OrderByDescending(i => i.Exposure.Level).ThenByDescending(i => i.Exposure.Score)];
}

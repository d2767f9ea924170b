namespace Clauseline.Analysis.Compliance;

/// <summary>
/// A provision to analyse, with what bears on it: its categories (each with its exposure for
/// <see cref="Profile"/>), the other provisions of the same document, and the platform's other tracked documents.
/// </summary>
public sealed record AnalysisSubject(
    string ProvisionId,
    string Text,
    IReadOnlyList<string> HeadingPath,
    string? Number,
    string PlatformName,
    string DocumentTitle,
    IReadOnlyList<RatedCategory> Categories,
    IReadOnlyList<NeighbourProvision> Document,
    IReadOnlyList<TrackedDocument> OtherDocuments,
    Profile Profile);

/// <summary>Another provision of the same document, with the ids of its categories.</summary>
public sealed record NeighbourProvision(string ProvisionId, string Text, IReadOnlyList<string> HeadingPath, string? Number, IReadOnlyList<string> Categories)
{
    /// <summary>"4.2 Billing disputes": the number and the last heading, or the id when it has neither.</summary>
    public string Label => Labels.Of(ProvisionId, HeadingPath, Number);
}

/// <summary>Another document of the platform that is tracked, by type id (<c>data-processing-addendum</c>, <c>service-level-agreement</c>, …) and title.</summary>
public sealed record TrackedDocument(string TypeId, string Title);

internal static class Labels
{
    public static string Of(string id, IReadOnlyList<string> headingPath, string? number)
    {
        var heading = headingPath.Count > 0 ? headingPath[^1] : null;
        return (number, heading) switch
        {
            (null or "", null or "") => id,
            (null or "", _) => heading!,
            (_, null or "") => number!,
            _ => heading!.StartsWith(number!, StringComparison.Ordinal) ? heading : $"{number} {heading}",
        };
    }
}

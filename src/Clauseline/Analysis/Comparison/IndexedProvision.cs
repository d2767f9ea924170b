namespace Clauseline.Analysis.Comparison;

/// <summary>
/// One provision of one platform's document as the similarity index holds it; <paramref name="Key"/> is unique in an
/// index (for example <c>aws/customer-agreement/p12</c>) and breaks ties between equally similar provisions.
/// </summary>
public sealed record IndexedProvision(
    string Key,
    string PlatformSlug,
    string PlatformName,
    string DocumentType,
    string DocumentTitle,
    string ProvisionId,
    string Text,
    IReadOnlyList<string> Categories);

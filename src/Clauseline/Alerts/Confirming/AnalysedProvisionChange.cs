using Clauseline.Analysis;
using Clauseline.Records;

namespace Clauseline.Alerts.Confirming;

/// <summary>A provision change with the categories and exposure of its text before and after, for one profile.</summary>
public sealed record AnalysedProvisionChange(ProvisionChangeRecord Change, IReadOnlyList<RatedCategory> Before, IReadOnlyList<RatedCategory> After)
{
    /// <summary>The categories of the provision on either side of the change.</summary>
    public IEnumerable<string> CategoryIds => After.Concat(Before).Select(c => c.Id).Distinct(StringComparer.Ordinal);

    /// <summary>The highest exposure on either side: a change that lowers a High exposure matters as much as one that raises it.</summary>
    public ExposureLevel? Highest => After.Concat(Before).Select(c => (ExposureLevel?)c.Exposure.Level).Max();
}

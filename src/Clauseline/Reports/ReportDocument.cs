using System.Text.Json.Serialization;

namespace Clauseline.Reports;

/// <summary>
/// One tracked document in a report: the version in force on the date (null, with a <see cref="Note"/>, when the
/// archive had no version of it yet), that version's provisions, and every version recorded up to the date.
/// </summary>
public sealed record ReportDocument(
    string Platform,
    string PlatformName,
    string Type,
    string TypeName,
    ReportVersion? InForce,
    string? Note,
    IReadOnlyList<ReportProvision> Provisions,
    IReadOnlyList<ReportChange> History)
{
    /// <summary>The key of chain hashes and URLs: <c>platform-slug/type-id</c>.</summary>
    [JsonIgnore]
    public string Key => $"{Platform}/{Type}";
}

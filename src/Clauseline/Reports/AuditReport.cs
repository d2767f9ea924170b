using System.Text.Json.Serialization;
using Clauseline.Analysis;

namespace Clauseline.Reports;

/// <summary>
/// An audit-ready report: for every document in scope, the version in force at <see cref="AsOf"/> with its
/// provisions, their categories, exposure and analysis, and the change history up to that instant, under a header
/// that names the generator, the profile, the scope and the archive's head hashes. Its JSON form is
/// <see cref="AuditReportJson"/>; <c>clauseline verify --report</c> checks it against the archive.
/// </summary>
public sealed record AuditReport(
    string Format,
    DateTimeOffset GeneratedAt,
    string Generator,
    string GeneratorVersion,
    DateTimeOffset AsOf,
    string? AsOfDate,
    Profile Profile,
    ReportScope Scope,
    IReadOnlyList<ReportHead> ArchiveHeads,
    IReadOnlyList<ReportDocument> Documents)
{
    /// <summary>The value of <c>format</c> this version of the generator writes and reads; a reader refuses any other.</summary>
    public const string CurrentFormat = "clauseline-audit-report/1";

    /// <summary>How many provisions are in force across the documents.</summary>
    [JsonIgnore]
    public int ProvisionCount => Documents.Sum(d => d.Provisions.Count);
}

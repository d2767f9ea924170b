using System.Globalization;
using System.Text;

namespace Clauseline.Reports;

/// <summary>
/// The CSV form of an audit report, as two RFC 4180 files with a header row each, so every record of a file has
/// the same fields: the provisions in force (one row per provision; a document with no version in force gets one
/// row with its <c>note</c> and no provision), and the history (one row per version up to the date). Each row
/// carries its document and version hashes, so either file can be checked on its own with <c>verify --report</c>.
/// </summary>
public static class AuditReportCsv
{
    public static readonly IReadOnlyList<string> ProvisionColumns =
    [
        "as_of", "platform", "platform_name", "type", "type_name", "version_id", "version_seq", "version_recorded_at",
        "version_text_sha256", "version_chain_hash", "provision_id", "kind", "number", "heading_path", "start", "end",
        "text", "text_sha256", "categories", "exposure", "drivers", "plain_reading", "regulations", "note",
    ];

    public static readonly IReadOnlyList<string> HistoryColumns =
    [
        "as_of", "platform", "platform_name", "type", "type_name", "version_id", "seq", "recorded_at", "kind", "status",
        "flip_back", "significance", "headline", "text_sha256", "chain_hash",
    ];

    /// <summary>Joins the levels of a heading path in one field.</summary>
    public const string HeadingSeparator = " › ";

    public static string Provisions(AuditReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var csv = new StringBuilder();
        Csv.AppendRecord(csv, ProvisionColumns);
        var asOf = Time(report.AsOf);
        foreach (var d in report.Documents)
        {
            var v = d.InForce;
            string?[] document = [asOf, d.Platform, d.PlatformName, d.Type, d.TypeName, Number(v?.VersionId), Number(v?.Seq), v is null ? null : Time(v.RecordedAt), v?.TextSha256, v?.ChainHash];
            if (d.Provisions.Count == 0)
                Csv.AppendRecord(csv, [.. document, .. Enumerable.Repeat<string?>(null, 13), d.Note]);
            foreach (var p in d.Provisions)
            {
                Csv.AppendRecord(csv,
                [
                    .. document, p.Id, p.Kind, p.Number, string.Join(HeadingSeparator, p.HeadingPath), Number(p.Start), Number(p.End), p.Text, p.TextSha256,
                    string.Join("; ", p.Categories.Select(c => c.Id)),
                    string.Join("; ", p.Categories.Select(c => $"{c.Id}: {c.ExposureLevel} ({c.ExposureRange})")),
                    string.Join("; ", p.Categories.SelectMany(c => c.Drivers.Select(r => $"{c.Id}: {r.Reason} ({r.Delta.ToString("+0;-0;0", CultureInfo.InvariantCulture)})"))),
                    p.Analysis is null ? null : $"{p.Analysis.States} {p.Analysis.MeansForYou}",
                    p.Analysis is null ? null : string.Join("; ", p.Analysis.Regulations.Select(r => r.Citation)),
                    d.Note,
                ]);
            }
        }
        return csv.ToString();
    }

    public static string History(AuditReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var csv = new StringBuilder();
        Csv.AppendRecord(csv, HistoryColumns);
        foreach (var d in report.Documents)
        {
            foreach (var h in d.History)
            {
                Csv.AppendRecord(csv,
                [
                    Time(report.AsOf), d.Platform, d.PlatformName, d.Type, d.TypeName, Number(h.VersionId), Number(h.Seq), Time(h.RecordedAt), h.Kind, h.Status,
                    h.FlipBack ? "true" : "false", h.Significance, h.Headline, h.TextSha256, h.ChainHash,
                ]);
            }
        }
        return csv.ToString();
    }

    /// <summary>"2026-02-03T23:59:59.999Z": UTC to the millisecond, as the archive keeps times.</summary>
    public static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static string? Number(long? n) => n?.ToString(CultureInfo.InvariantCulture);
}

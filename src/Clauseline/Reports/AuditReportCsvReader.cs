using System.Globalization;
using Clauseline.Analysis;

namespace Clauseline.Reports;

/// <summary>Reads back either CSV file of <see cref="AuditReportCsv"/> as much of a report as it holds, for <c>verify --report</c>.</summary>
public static class AuditReportCsvReader
{
    public static (AuditReport? Report, ReportParts Parts, string? Problem) Read(string text)
    {
        var (records, problem) = Csv.Read(text);
        if (records is null)
            return (null, ReportParts.None, problem);
        if (records.Count == 0)
            return (null, ReportParts.None, "the file is empty");
        var header = records[0];
        var parts = header.SequenceEqual(AuditReportCsv.ProvisionColumns) ? ReportParts.InForce
            : header.SequenceEqual(AuditReportCsv.HistoryColumns) ? ReportParts.History
            : ReportParts.None;
        if (parts == ReportParts.None)
            return (null, parts, "its header row is neither the provisions' nor the history's of a Clauseline audit report");
        var columns = header.Select((name, i) => (name, i)).ToDictionary(c => c.name, c => c.i, StringComparer.Ordinal);
        var documents = new List<ReportDocument>();
        var asOf = (DateTimeOffset?)null;
        for (var r = 1; r < records.Count; r++)
        {
            var row = records[r];
            if (row.Count != header.Count)
                return (null, parts, $"record {r + 1} has {row.Count} fields, not {header.Count}");
            string? Get(string name) => columns.TryGetValue(name, out var c) && row[c] is { Length: > 0 } v ? v : null;
            try
            {
                asOf ??= Time(Get("as_of"));
                var key = (Get("platform") ?? throw new FormatException("no platform"), Get("type") ?? throw new FormatException("no type"));
                var index = documents.FindIndex(d => d.Platform == key.Item1 && d.Type == key.Item2);
                if (index < 0)
                {
                    var version = parts == ReportParts.InForce && Get("version_id") is { } id
                        ? new ReportVersion(Long(id), (int)Long(Get("version_seq")), Time(Get("version_recorded_at")), "", Get("version_text_sha256") ?? "", Get("version_chain_hash") ?? "")
                        : null;
                    documents.Add(new ReportDocument(key.Item1, Get("platform_name") ?? key.Item1, key.Item2, Get("type_name") ?? key.Item2, version, Get("note"), [], []));
                    index = documents.Count - 1;
                }
                var document = documents[index];
                documents[index] = parts == ReportParts.InForce
                    ? Get("text") is null && Get("provision_id") is null ? document : document with { Provisions = [.. document.Provisions, Provision(Get)] }
                    : document with { History = [.. document.History, Change(Get)] };
            }
            catch (FormatException e)
            {
                return (null, parts, $"record {r + 1}: {e.Message}");
            }
        }
        var platforms = documents.Select(d => new ReportPlatform(d.Platform, d.PlatformName)).Distinct().ToList();
        var report = new AuditReport(AuditReport.CurrentFormat, default, AuditReportBuilder.Generator, "", asOf ?? default, null, Profile.Unknown,
            new ReportScope("", platforms), [], documents);
        return (report, parts, null);
    }

    private static ReportProvision Provision(Func<string, string?> get) => new(
        get("provision_id"), get("kind") ?? "", get("number"),
        get("heading_path") is { } path ? path.Split(AuditReportCsv.HeadingSeparator) : [],
        (int)Long(get("start")), (int)Long(get("end")), get("text") ?? "", get("text_sha256") ?? "", [], null);

    private static ReportChange Change(Func<string, string?> get) => new(
        Long(get("version_id")), (int)Long(get("seq")), Time(get("recorded_at")), get("kind") ?? "", get("status") ?? "",
        get("flip_back") == "true", get("significance"), get("headline"), get("text_sha256") ?? "", get("chain_hash") ?? "");

    private static long Long(string? text) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : throw new FormatException($"'{text}' is not a number");

    private static DateTimeOffset Time(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var t)
            ? t : throw new FormatException($"'{text}' is not a time");
}

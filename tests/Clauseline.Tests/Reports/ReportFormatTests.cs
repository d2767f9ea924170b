using Clauseline.Analysis.Exposure;
using Clauseline.Reports;

namespace Clauseline.Tests.Reports;

/// <summary>The JSON and CSV forms of a report: a JSON report reads back as it was written, and CSV survives what clause text holds.</summary>
public sealed class ReportFormatTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 9, 9, 0, 0, TimeSpan.Zero);

    private const string Awkward = "2.1 We will give you 30 days' notice, by email to the \"Account Owner\" contact,\nor by post.";

    private static AuditReport Sample() => new(
        AuditReport.CurrentFormat, At.AddDays(30), "clauseline", "1.0.0", ReportDate.EndOf(new DateOnly(2026, 3, 9)).Instant, "2026-03-09",
        Profiles.Find("eu-business-controller")!, new ReportScope("Northwind Cloud", [new ReportPlatform("northwind-cloud", "Northwind Cloud")]),
        [new ReportHead("northwind-cloud/customer-agreement", 4, 4, new string('c', 64))],
        [
            new ReportDocument("northwind-cloud", "Northwind Cloud", "customer-agreement", "Customer Agreement",
                new ReportVersion(4, 4, At, "change", new string('a', 64), new string('c', 64)), null,
                [
                    new ReportProvision("p3", "paragraph", "2.1", ["Agreement", "2. Changes, and notices"], 120, 120 + Awkward.Length, Awkward, Clauseline.Archive.Hashing.Sha256(Awkward),
                        [new ReportCategory("unilateral-change", "Unilateral change", 0.91, "medium", "low-medium", "Low to Medium depending on audience", 55,
                            [new ReportDriver("wording", "notice-period", "The provider gives notice before changes", -10, "30 days' notice")])],
                        new ReportAnalysis("The provider may change the terms, with notice.", "You have a month to react.",
                            [new ReportRegulation("eu-ucd", "Unfair Contract Terms Directive", "UCTD, Directive 93/13/EEC", "applies")])),
                ],
                [new ReportChange(4, 4, At, "change", "pending", false, "substantive", "Notice, \"shortened\", to 15 days", new string('a', 64), new string('c', 64))]),
            new ReportDocument("northwind-cloud", "Northwind Cloud", "privacy-policy", "Privacy Policy", null, "No version yet.", [], []),
        ]);

    [Fact]
    public void A_json_report_reads_back_equal_field_by_field()
    {
        var report = Sample();

        var json = AuditReportJson.Serialize(report);
        var (read, problem) = AuditReportJson.Read(json);

        Assert.Null(problem);
        Assert.Equal(json, AuditReportJson.Serialize(read!));
        Assert.Contains("\"format\": \"clauseline-audit-report/1\"", json, StringComparison.Ordinal);
        Assert.Contains("\"as_of\": \"2026-03-09T23:59:59.999+00:00\"", json, StringComparison.Ordinal);
        Assert.Contains("\"text_sha256\"", json, StringComparison.Ordinal);
        Assert.Contains("\"chain_hash\"", json, StringComparison.Ordinal);
        Assert.Contains("\"heading_path\"", json, StringComparison.Ordinal);
        Assert.Equal(Awkward, read!.Documents[0].Provisions[0].Text);
        Assert.Equal(["eu"], read.Profile.Jurisdictions);
        Assert.Null(read.Documents[1].InForce);
    }

    [Fact]
    public void The_json_field_names_are_the_documented_ones()
    {
        var json = System.Text.Json.Nodes.JsonNode.Parse(AuditReportJson.Serialize(Sample()))!.AsObject();
        var document = json["documents"]![0]!.AsObject();
        var provision = document["provisions"]![0]!.AsObject();

        Assert.Equal(["format", "generated_at", "generator", "generator_version", "as_of", "as_of_date", "profile", "scope", "archive_heads", "documents"], json.Select(p => p.Key));
        Assert.Equal(["platform", "platform_name", "type", "type_name", "in_force", "note", "provisions", "history"], document.Select(p => p.Key));
        Assert.Equal(["version_id", "seq", "recorded_at", "kind", "text_sha256", "chain_hash"], document["in_force"]!.AsObject().Select(p => p.Key));
        Assert.Equal(["id", "kind", "number", "heading_path", "start", "end", "text", "text_sha256", "categories", "analysis"], provision.Select(p => p.Key));
        Assert.Equal(["id", "name", "confidence", "exposure_level", "exposure_range", "exposure_range_text", "exposure_score", "drivers"], provision["categories"]![0]!.AsObject().Select(p => p.Key));
        Assert.Equal(["states", "means_for_you", "regulations"], provision["analysis"]!.AsObject().Select(p => p.Key));
        Assert.Equal(["version_id", "seq", "recorded_at", "kind", "status", "flip_back", "significance", "headline", "text_sha256", "chain_hash"],
            document["history"]![0]!.AsObject().Select(p => p.Key));
    }

    [Theory]
    [InlineData("[]", "not a JSON object")]
    [InlineData("{\"documents\": []}", "no \"format\" field")]
    [InlineData("{\"format\": \"clauseline-audit-report/9\"}", "this version reads")]
    [InlineData("{\"format\": \"clauseline-audit-report/1\", \"documents\": []}", "not a valid report")]
    [InlineData("{\"format\": ", "not a valid report")]
    public void A_malformed_json_report_is_refused_with_the_reason(string json, string reason)
    {
        var (report, problem) = AuditReportJson.Read(json);

        Assert.Null(report);
        Assert.Contains(reason, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void The_provisions_csv_quotes_commas_quotes_and_line_breaks_as_rfc_4180_says()
    {
        var csv = AuditReportCsv.Provisions(Sample());

        Assert.EndsWith("\r\n", csv, StringComparison.Ordinal);
        Assert.Contains("\"2.1 We will give you 30 days' notice, by email to the \"\"Account Owner\"\" contact,\nor by post.\"", csv, StringComparison.Ordinal);
        Assert.Contains("\"Agreement › 2. Changes, and notices\"", csv, StringComparison.Ordinal);
        var (records, problem) = Csv.Read(csv);
        Assert.Null(problem);
        Assert.Equal(3, records!.Count);
        Assert.All(records, r => Assert.Equal(AuditReportCsv.ProvisionColumns.Count, r.Count));
        var row = records[1];
        Assert.Equal(Awkward, row[AuditReportCsv.ProvisionColumns.ToList().IndexOf("text")]);
        Assert.Equal("unilateral-change: medium (low-medium)", row[AuditReportCsv.ProvisionColumns.ToList().IndexOf("exposure")]);
        Assert.Equal("No version yet.", records[2][^1]);
    }

    [Fact]
    public void The_history_csv_has_a_row_per_version_and_reads_back()
    {
        var csv = AuditReportCsv.History(Sample());

        var (report, parts, problem) = AuditReportCsvReader.Read(csv);

        Assert.Null(problem);
        Assert.Equal(ReportParts.History, parts);
        var change = Assert.Single(report!.Documents.SelectMany(d => d.History));
        Assert.Equal("Notice, \"shortened\", to 15 days", change.Headline);
        Assert.Equal("pending", change.Status);
        Assert.Equal(At, change.RecordedAt);
    }

    [Fact]
    public void The_provisions_csv_reads_back_as_the_versions_and_provisions_it_holds()
    {
        var (report, parts, problem) = AuditReportCsvReader.Read(AuditReportCsv.Provisions(Sample()));

        Assert.Null(problem);
        Assert.Equal(ReportParts.InForce, parts);
        Assert.Equal(2, report!.Documents.Count);
        var provision = Assert.Single(report.Documents[0].Provisions);
        Assert.Equal(Awkward, provision.Text);
        Assert.Equal(["Agreement", "2. Changes, and notices"], provision.HeadingPath);
        Assert.Equal(4, report.Documents[0].InForce!.VersionId);
        Assert.Null(report.Documents[1].InForce);
    }

    [Theory]
    [InlineData("a,b\r\n1,\"open", "never closed")]
    [InlineData("a,b\r\n1,x\"y\r\n", "double quote inside an unquoted field")]
    [InlineData("a,b\r\n\"1\"x,2\r\n", "followed by 'x'")]
    public void Broken_csv_is_refused_naming_the_line(string csv, string reason)
    {
        var (records, problem) = Csv.Read(csv);

        Assert.Null(records);
        Assert.Contains(reason, problem, StringComparison.Ordinal);
    }
}

namespace Clauseline.App.Web;

/// <summary>
/// The forms an audit report is given in: <c>html</c> (a page for printing to PDF), <c>json</c>, <c>csv</c> (the
/// provisions in force) and <c>csv-history</c> (the versions up to the date); see <see cref="Reports.AuditReportCsv"/>.
/// </summary>
public enum ReportFormat
{
    Html,
    Json,
    Csv,
    CsvHistory,
}

public static class ReportFormats
{
    public const string Names = "html, json, csv or csv-history";

    public static ReportFormat? Parse(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        null or "" or "html" => ReportFormat.Html,
        "json" => ReportFormat.Json,
        "csv" => ReportFormat.Csv,
        "csv-history" => ReportFormat.CsvHistory,
        _ => null,
    };

    public static string Id(this ReportFormat format) => format switch
    {
        ReportFormat.Html => "html",
        ReportFormat.Json => "json",
        ReportFormat.Csv => "csv",
        _ => "csv-history",
    };

    public static string ContentType(this ReportFormat format) => format switch
    {
        ReportFormat.Html => "text/html; charset=utf-8",
        ReportFormat.Json => "application/json; charset=utf-8",
        // RFC 4180 registers text/csv; the header parameter says the first record names the fields.
        _ => "text/csv; charset=utf-8; header=present",
    };

    public static string Extension(this ReportFormat format) => format switch
    {
        ReportFormat.Html => "html",
        ReportFormat.Json => "json",
        ReportFormat.Csv => "csv",
        _ => "history.csv",
    };
}

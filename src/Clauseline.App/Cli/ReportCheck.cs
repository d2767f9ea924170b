using Clauseline.App.Web;
using Clauseline.Reports;

namespace Clauseline.App.Cli;

/// <summary>
/// <c>clauseline verify --report FILE</c>: checks a report (its JSON, or either of its CSV files) against the archive,
/// prints what it checked, and exits 0 when everything matches, 1 naming each mismatch, 2 when the file cannot be read as a report.
/// </summary>
internal static class ReportCheck
{
    public static async Task<int> RunAsync(CliHost host, string path, CancellationToken cancellationToken)
    {
        string text;
        try
        {
            text = await File.ReadAllTextAsync(path, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await Console.Error.WriteLineAsync($"error: cannot read the report {path}: {e.Message}");
            return ExitCodes.BadArguments;
        }
        // A JSON report opens with an object; anything else is read as one of the report's CSV files.
        (AuditReport? Report, ReportParts Parts, string? Problem) read = AuditReportCsvReader.Read(text);
        if (text.TrimStart().StartsWith('{'))
        {
            var (json, why) = AuditReportJson.Read(text);
            read = (json, ReportParts.All, why);
        }
        var (report, parts, problem) = read;
        if (report is null)
        {
            await Console.Error.WriteLineAsync($"error: {path} is not a readable Clauseline audit report: {problem}");
            return ExitCodes.BadArguments;
        }
        var verification = await new ReportVerifier(host.Store).VerifyAsync(report, parts, cancellationToken);
        await Console.Out.WriteLineAsync($"report {path}: {Format.Count(report.Documents.Count, "document")} as of {AuditReportCsv.Time(report.AsOf)}");
        foreach (var line in verification.Checked)
            await Console.Out.WriteLineAsync($"checked: {line}");
        foreach (var mismatch in verification.Problems)
            await Console.Error.WriteLineAsync($"MISMATCH: {mismatch}");
        await Console.Out.WriteLineAsync(verification.Matches
            ? "the report matches the archive (texts, hashes, version ids and chain); its analysis is an interpretation and was not checked"
            : $"the report does NOT match the archive: {Format.Count(verification.Problems.Count, "mismatch", "mismatches")}");
        return verification.Matches ? ExitCodes.Ok : ExitCodes.Failed;
    }
}

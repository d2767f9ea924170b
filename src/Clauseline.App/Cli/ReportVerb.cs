using System.CommandLine;
using System.Text;
using Clauseline.Analysis;
using Clauseline.App.Web;
using Clauseline.Archive;
using Clauseline.Records;
using Clauseline.Reports;

namespace Clauseline.App.Cli;

/// <summary>
/// <c>clauseline report &lt;platform…&gt; [--date YYYY-MM-DD] [--profile NAME|file] [--format html|json|csv|csv-history] [--out FILE]</c>:
/// an audit report of the provisions in force on a date and the change history up to it. With <c>--format csv</c> and
/// <c>--out report.csv</c>, the history is written beside it as <c>report.history.csv</c>.
/// </summary>
public static class ReportVerb
{
    public static Command Create()
    {
        var platforms = new Argument<string[]>("platform") { Arity = ArgumentArity.OneOrMore, Description = "Platform slugs or names" };
        var date = new Option<string?>("--date") { Description = "The day (YYYY-MM-DD, the end of that day in UTC) or instant (ISO 8601) the report is as of; today when omitted" };
        var profile = AnalysisOptions.Profile();
        var format = new Option<string>("--format") { Description = $"The form of the report: {ReportFormats.Names}", DefaultValueFactory = _ => "json" };
        var output = new Option<string?>("--out") { Description = "Write to this file instead of standard output" };
        var command = new Command("report", "Write an audit report: the provisions in force on a date, with analysis and change history, verifiable against the archive") { platforms, date, profile, format, output };
        Verb.Run(command, async (result, host, cancellationToken) =>
        {
            var form = ReportFormats.Parse(result.GetValue(format)) ?? throw new UsageException($"--format must be {ReportFormats.Names}, not '{result.GetValue(format)}'");
            var asOf = ReportDate.Today(host.Get<TimeProvider>());
            if (result.GetValue(date) is { } text)
            {
                var (parsed, problem) = ReportDate.Parse(text);
                asOf = parsed ?? throw new UsageException($"--date: {problem}");
            }
            var viewpoint = AnalysisOptions.LoadProfile(result.GetValue(profile)!);
            var documents = new List<Document>();
            foreach (var platform in result.GetValue(platforms)!)
                documents.AddRange((await Lookup.DocumentsAsync(host, platform, null, cancellationToken)).Where(d => !documents.Contains(d)));
            var title = string.Join(", ", documents.Select(d => d.PlatformName).Distinct());
            var builder = new AuditReportBuilder(host.Store, host.Get<ChangeOptions>(), host.Get<ClauseRater>(), host.Get<TimeProvider>());
            var report = await builder.BuildAsync(new ReportRequest(documents, asOf, viewpoint, title), cancellationToken);
            var path = result.GetValue(output);
            if (path is null)
            {
                var rendered = await ReportRendering.RenderAsync(report, form);
                await Console.Out.WriteAsync(rendered.EndsWith('\n') ? rendered : rendered + "\n");
                return ExitCodes.Ok;
            }
            var utf8 = new UTF8Encoding(false);
            await File.WriteAllTextAsync(path, await ReportRendering.RenderAsync(report, form), utf8, cancellationToken);
            var written = new List<string> { path };
            if (form == ReportFormat.Csv)
            {
                var history = HistoryPath(path);
                await File.WriteAllTextAsync(history, AuditReportCsv.History(report), utf8, cancellationToken);
                written.Add(history);
            }
            await Console.Error.WriteLineAsync($"report of {Format.Count(documents.Count, "document")} ({Format.Count(report.ProvisionCount, "provision")} in force) as of {AuditReportCsv.Time(report.AsOf)} written to {string.Join(" and ", written)}");
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>"report.csv" → "report.history.csv": the history file beside the provisions file.</summary>
    public static string HistoryPath(string csvPath) =>
        Path.Combine(Path.GetDirectoryName(csvPath) ?? "", Path.GetFileNameWithoutExtension(csvPath) + ".history.csv");
}

using Clauseline.App.Web.Pages;
using Clauseline.Reports;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace Clauseline.App.Web;

/// <summary>An audit report as the text of a file in one of its formats; the HTML is the same page the web serves, rendered without a request.</summary>
public static class ReportRendering
{
    public static async Task<string> RenderAsync(AuditReport report, ReportFormat format, IReadOnlyList<(string Label, string Href)>? downloads = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        switch (format)
        {
            case ReportFormat.Json:
                return AuditReportJson.Serialize(report);
            case ReportFormat.Csv:
                return AuditReportCsv.Provisions(report);
            case ReportFormat.CsvHistory:
                return AuditReportCsv.History(report);
        }
        await using var services = new ServiceCollection().AddLogging().BuildServiceProvider();
        await using var renderer = new HtmlRenderer(services, services.GetRequiredService<ILoggerFactory>());
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var parameters = ParameterView.FromDictionary(new Dictionary<string, object?> { [nameof(ReportPage.Report)] = report, [nameof(ReportPage.Downloads)] = downloads ?? [] });
            var output = await renderer.RenderComponentAsync<ReportPage>(parameters);
            return output.ToHtmlString();
        });
    }
}

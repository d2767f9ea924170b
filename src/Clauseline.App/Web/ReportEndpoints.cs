using System.Net.Mime;
using Clauseline.Accounts;
using Clauseline.Analysis;
using Clauseline.App.Web.Pages;
using Clauseline.Archive;
using Clauseline.Records;
using Clauseline.Reports;
using Clauseline.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Clauseline.App.Web;

/// <summary>
/// Audit-ready reports, a Compliance feature: <c>/platforms/{slug}/report</c> for one platform and
/// <c>/app/reports</c> for the signed-in organisation's followed platforms, each as HTML for printing, JSON or CSV,
/// as of <c>?date=YYYY-MM-DD</c> (the end of that day in UTC; today when omitted).
/// </summary>
public static class ReportEndpoints
{
    public static void MapReports(this WebApplication app)
    {
        app.MapGet("/platforms/{slug}/report", async Task<IResult> (string slug, string? date, string? format, string? profile, HttpContext http, Store store, IServiceProvider services, CancellationToken ct) =>
        {
            var (refusal, organisation) = await ReportAccess.CheckAsync(http, ct);
            if (refusal is not null)
                return refusal;
            var platform = await store.FindPlatformAsync(slug, ct);
            if (platform is null)
                return ErrorPages.NotFound($"There is no platform '{slug}'.");
            // A named profile when one is asked for, else the organisation's own.
            var chosen = string.IsNullOrWhiteSpace(profile) ? organisation?.Profile() ?? Profile.Unknown : ProfileChoice.Resolve(profile);
            if (chosen is null)
                return ErrorPages.BadRequest(ProfileChoice.Unknown(profile!));
            var documents = await store.GetDocumentsAsync(platform.Id, ct);
            return await RespondAsync(documents, date, format, chosen, platform.Name, $"/platforms/{platform.Slug}/report", services, ct);
        });

        app.MapGet("/app/reports", async Task<IResult> (string? platform, string? date, string? format, HttpContext http, Store store, IServiceProvider services, CancellationToken ct) =>
        {
            var (refusal, organisation) = await ReportAccess.CheckAsync(http, ct);
            if (refusal is not null || organisation is null)
                return refusal!;
            var profile = organisation.Profile() ?? Profile.Unknown;
            var followed = await OrganisationScope.DocumentsAsync(store, organisation, null, ct) ?? [];
            if (format is null)
                return new RazorComponentResult<ReportsPage>(new { Organisation = organisation, Platforms = Platforms(followed), Profile = profile });
            var documents = await OrganisationScope.DocumentsAsync(store, organisation, platform, ct);
            if (documents is null)
                return ErrorPages.NotFound($"{organisation.Name} does not follow a platform '{platform}'.");
            var title = string.IsNullOrWhiteSpace(platform) ? $"{organisation.Name}: followed platforms" : $"{organisation.Name}: {documents[0].PlatformName}";
            var self = $"/app/reports?platform={Uri.EscapeDataString(platform ?? "")}";
            return await RespondAsync(documents, date, format, profile, title, self, services, ct);
        });
    }

    private static async Task<IResult> RespondAsync(IReadOnlyList<Document> documents, string? date, string? format, Profile profile, string title, string self, IServiceProvider services, CancellationToken ct)
    {
        if (ReportFormats.Parse(format) is not { } form)
            return ErrorPages.BadRequest($"There is no report format '{format}'; the formats are {ReportFormats.Names}.");
        var time = services.GetRequiredService<TimeProvider>();
        var asOf = ReportDate.Today(time);
        if (!string.IsNullOrWhiteSpace(date))
        {
            var (parsed, problem) = ReportDate.Parse(date);
            if (parsed is null)
                return ErrorPages.BadRequest($"The report's date {problem}.");
            asOf = parsed;
        }
        var builder = new AuditReportBuilder(services.GetRequiredService<Store>(), services.GetRequiredService<ChangeOptions>(), services.GetRequiredService<ClauseRater>(), time);
        var report = await builder.BuildAsync(new ReportRequest(documents, asOf, profile, title), ct);
        var query = $"{(self.Contains('?', StringComparison.Ordinal) ? '&' : '?')}date={Uri.EscapeDataString(asOf.Day ?? AuditReportCsv.Time(asOf.Instant))}{ProfileChoice.Query(profile, '&')}";
        if (form == ReportFormat.Html)
        {
            IReadOnlyList<(string, string)> downloads = [.. new[] { ReportFormat.Json, ReportFormat.Csv, ReportFormat.CsvHistory }.Select(f => (f.Id().ToUpperInvariant(), $"{self}{query}&format={f.Id()}"))];
            return new RazorComponentResult<ReportPage>(new { Report = report, Downloads = downloads });
        }
        var name = $"clauseline-report-{asOf.Day ?? "as-of"}.{form.Extension()}";
        var disposition = new ContentDisposition { FileName = name, Inline = form == ReportFormat.Json };
        return new ReportFile(await ReportRendering.RenderAsync(report, form), form.ContentType(), disposition.ToString());
    }

    private static IReadOnlyList<ReportPlatform> Platforms(IReadOnlyList<Document> documents) =>
        [.. documents.Select(d => new ReportPlatform(d.PlatformSlug, d.PlatformName)).Distinct()];

    /// <summary>A report file: its text with its media type and a Content-Disposition naming it (RFC 6266).</summary>
    private sealed class ReportFile(string text, string contentType, string disposition) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.ContentDisposition = disposition;
            return Results.Text(text, contentType).ExecuteAsync(httpContext);
        }
    }
}

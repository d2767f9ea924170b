using System.Globalization;
using Clauseline.Analysis;
using Clauseline.App.Analysis;
using Clauseline.App.Web.Accounts;
using Clauseline.App.Web.Pages;
using Clauseline.Archive;
using Clauseline.Catalog;
using Clauseline.Diffing;
using Clauseline.Records;
using Clauseline.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Clauseline.App.Web;

/// <summary>
/// The server-rendered pages of the archive: platforms, a platform, a document with its history, a version, a diff,
/// a change record and a provision with its timeline and analysis. The analysis pages are in <see cref="AnalysisEndpoints"/>.
/// </summary>
public static class PageEndpoints
{
    public static void MapPages(this WebApplication app)
    {
        app.MapGet("/", async (Store store, ChangeHistory history, CancellationToken ct) =>
            new RazorComponentResult<HomePage>(new
            {
                Platforms = await store.GetPlatformsAsync(ct),
                States = await store.GetDocumentStatesAsync(cancellationToken: ct),
                Recent = await RecentChanges.LoadAsync(store, history, 10, ct),
                MostFollowed = await RecentChanges.MostFollowedAsync(store, 10, ct),
            }));

        app.MapGet("/failing", async (Store store, CancellationToken ct) =>
            new RazorComponentResult<FailingPage>(new { States = (await store.GetDocumentStatesAsync(cancellationToken: ct)).Where(s => s.FailingSince is not null).OrderBy(s => s.FailingSince).ToList() }));

        app.MapGet("/platforms/{slug}", async Task<IResult> (string slug, string? profile, HttpContext http, Store store, ChangeHistory history, AnalysisIndex analysis, TimeProvider time, CancellationToken ct) =>
        {
            if (ProfileChoice.Resolve(profile) is not { } chosen)
                return ErrorPages.BadRequest(ProfileChoice.Unknown(profile!));
            var platform = await store.FindPlatformAsync(slug, ct);
            if (platform is null)
                return NotFound($"There is no platform '{slug}'.");
            var scorecard = PlatformScorecards.Build(await analysis.GetAsync(ct), platform.Slug, chosen, analysis.Rater);
            var states = await store.GetDocumentStatesAsync(platform.Id, ct);
            var timeline = await PlatformTimeline.LoadAsync(history, [.. states.Select(s => s.Document)], time.GetUtcNow(), ct);
            return new RazorComponentResult<PlatformPage>(new { Platform = platform, States = states, Scorecard = scorecard, Profile = chosen, Timeline = timeline, SignedIn = http.IsSignedIn() });
        });

        app.MapGet("/platforms/{slug}/{type}", async Task<IResult> (string slug, string type, string? show, string? profile, Store store, ChangeHistory history, AnalysisIndex analysis, CancellationToken ct) =>
        {
            if (ProfileChoice.Resolve(profile) is not { } chosen)
                return ErrorPages.BadRequest(ProfileChoice.Unknown(profile!));
            var document = await FindAsync(store, slug, type, ct);
            if (document is null)
                return NotFound($"There is no document '{type}' of '{slug}'.");
            var sources = document.DeclarationJson is null ? [] : DocumentDeclaration.FromJson(document.DeclarationJson).Urls;
            return new RazorComponentResult<DocumentPage>(new
            {
                Document = document,
                Versions = await store.GetVersionsAsync(document.Id, ct),
                Checks = await store.GetChecksAsync(document.Id, 20, ct),
                Latest = await store.GetLatestVersionAsync(document.Id, ct),
                Sources = sources,
                Changes = await history.ForDocumentAsync(document, withRecords: false, ct),
                ShowAll = show == ChangeFilter.ShowAll,
                Scorecard = PlatformScorecards.ForDocument(await analysis.GetAsync(ct), document, chosen, analysis.Rater),
                Profile = chosen,
            });
        });

        app.MapGet("/platforms/{slug}/{type}/changes/{versionId}", async Task<IResult> (string slug, string type, string versionId, Store store, ChangeHistory history, CancellationToken ct) =>
        {
            var document = await FindAsync(store, slug, type, ct);
            if (document is null)
                return NotFound($"There is no document '{type}' of '{slug}'.");
            // States for the whole history (they depend on what came before and after), the full record for this one only.
            var changes = (await history.ForDocumentAsync(document, withRecords: false, ct)).ToList();
            var index = long.TryParse(versionId, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? changes.FindIndex(c => c.Version.VersionId == id) : -1;
            if (index < 0 || await store.GetChangeAsync(id, ct) is not { } full)
                return NotFound($"{document.PlatformName} {document.TypeName} has no version '{versionId}', so there is no change record for it.");
            changes[index] = changes[index] with { Version = full };
            return new RazorComponentResult<ChangePage>(new { Changes = changes, Index = index });
        });

        app.MapGet("/platforms/{slug}/{type}/provisions/{provisionId}", async Task<IResult> (string slug, string type, string provisionId, string? profile, HttpContext http, Store store, ChangeHistory history, AnalysisIndex analysis, Caching.ProvisionPageMemo memo, CancellationToken ct) =>
        {
            if (ProfileChoice.Resolve(profile) is not { } chosen)
                return ErrorPages.BadRequest(ProfileChoice.Unknown(profile!));
            var document = await FindAsync(store, slug, type, ct);
            if (document is null)
                return NotFound($"There is no document '{type}' of '{slug}'.");
            // The memo keys on the document's latest version, so a new version is never shown late.
            var view = await memo.ViewAsync(store, history, document, provisionId, ct);
            if (view is null)
                return NotFound($"{document.PlatformName} {document.TypeName} has no provision '{provisionId}' in any version.");
            // A provision that is gone has no reading "as it reads now": its page keeps the history only.
            var analysed = view.Ended is null ? memo.Analysis(view, await analysis.GetAsync(ct), analysis.Rater, chosen, Taxonomy.Default) : null;
            return new RazorComponentResult<ProvisionPage>(new { View = view, Analysis = analysed, SignedIn = http.IsSignedIn(), FullAnalysis = await AnalysisAccess.FullAsync(http, ct) });
        });

        app.MapGet("/platforms/{slug}/{type}/diff", async Task<IResult> (string slug, string type, long? from, long? to, string? view, Store store, CancellationToken ct) =>
        {
            var document = await FindAsync(store, slug, type, ct);
            if (document is null)
                return NotFound($"There is no document '{type}' of '{slug}'.");
            var (pair, problem) = VersionPair.Choose(await store.GetVersionsAsync(document.Id, ct), $"{document.PlatformName} {document.TypeName}", from, to);
            if (pair is null)
                return NotFound(problem!);
            var older = (await store.GetVersionAsync(pair.From.Id, ct))!;
            var newer = (await store.GetVersionAsync(pair.To.Id, ct))!;
            return new RazorComponentResult<DiffPage>(new { Document = document, From = older, To = newer, Diff = TextDiff.Compute(older.Text, newer.Text), SideBySide = view == "side" });
        });

        app.MapGet("/versions/{id:long}", async Task<IResult> (long id, Store store, CancellationToken ct) =>
        {
            var version = await store.GetVersionAsync(id, ct);
            if (version is null)
                return NotFound($"There is no version {id}.");
            var document = (await store.GetDocumentAsync(version.DocumentId, ct))!;
            return new RazorComponentResult<VersionPage>(new { Document = document, Version = version, Snapshots = await store.GetVersionSnapshotsAsync(id, ct) });
        });

        app.MapAnalysisPages();

        app.MapGet("/health", async (Store store, CancellationToken ct) =>
        {
            var platforms = await store.GetPlatformsAsync(ct);
            return Results.Json(new { status = "ok", database = store.Database.Kind, platforms = platforms.Count });
        });
    }

    private static async Task<Document?> FindAsync(Store store, string slug, string type, CancellationToken ct)
    {
        var platform = await store.FindPlatformAsync(slug, ct);
        return platform is null ? null : await store.FindDocumentAsync(platform.Id, type, ct);
    }

    private static RazorComponentResult<NotFoundPage> NotFound(string message) => ErrorPages.NotFound(message);
}

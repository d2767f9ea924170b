using System.Diagnostics;
using Clauseline.Archive;
using Clauseline.Catalog;
using Clauseline.Extraction;
using Clauseline.Fetching;
using Clauseline.Storage;
using Microsoft.Extensions.Logging;

namespace Clauseline.Checking;

/// <summary>
/// One check of one document, top to bottom: bring the latest version up to the current extraction
/// rules, fetch every source URL (conditionally), extract, compare with the latest version, and record
/// the outcome: not modified, unchanged, a new version, or a failure with its reason. A failure is
/// never a version, so a broken fetch cannot look like deleted terms.
/// </summary>
public sealed partial class DocumentCheck(Store store, DocumentFetcher fetcher, TimeProvider time, ILogger<DocumentCheck> logger)
{
    public async Task<CheckResult> RunAsync(Document document, string trigger, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        if (document.DeclarationJson is null)
            return new CheckResult(document, CheckOutcomes.Failed, "not-declared", "the document has no source URLs to fetch (it was only imported)", null, clock.Elapsed);
        await using var hold = await store.TryHoldDocumentAsync(document.Id, cancellationToken);
        if (hold is null)
            return new CheckResult(document, CheckOutcomes.Skipped, "busy", "another check of this document is running", null, clock.Elapsed);
        var declaration = DocumentDeclaration.FromJson(document.DeclarationJson);
        var started = time.GetUtcNow();

        var latest = await UpgradeAsync(document, declaration, cancellationToken);
        var previousSnapshots = latest is null ? [] : await store.GetVersionSnapshotsAsync(latest.Id, cancellationToken);
        var fetched = await FetchAllAsync(declaration, previousSnapshots, cancellationToken);
        if (fetched.Failure is { } failure)
            return await RecordAsync(document, declaration, started, trigger, CheckOutcomes.Failed, failure.Reason.Name(), failure.Detail, fetched, null, clock);
        if (fetched.AllNotModified)
            return await RecordAsync(document, declaration, started, trigger, CheckOutcomes.NotModified, null, null, fetched, null, clock);

        var pages = await PagesAsync(fetched, previousSnapshots, cancellationToken);
        var extraction = Extractor.Extract(pages, declaration);
        if (extraction is ExtractionFailed { Reason: FailureReason.BotWall or FailureReason.LoginWall or FailureReason.CookieWall } wall
            && fetcher.CanUseBrowser && !declaration.Browser)
        {
            // A wall behind plain HTTP is worth one try in a real browser before the check fails.
            fetched = await FetchAllAsync(declaration with { Browser = true }, previousSnapshots, cancellationToken);
            if (fetched.Failure is { } second)
                return await RecordAsync(document, declaration, started, trigger, CheckOutcomes.Failed, wall.Reason.Name(), $"{wall.Detail}; a second try in the browser failed: {second.Detail}", fetched, null, clock);
            pages = await PagesAsync(fetched, previousSnapshots, cancellationToken);
            extraction = Extractor.Extract(pages, declaration);
        }
        if (extraction is ExtractionFailed failed)
            return await RecordAsync(document, declaration, started, trigger, CheckOutcomes.Failed, failed.Reason.Name(), failed.Detail, fetched, null, clock);

        var text = ((Extracted)extraction).Text;
        if (latest is not null && latest.Text == text)
            return await RecordAsync(document, declaration, started, trigger, CheckOutcomes.Unchanged, null, null, fetched, null, clock);
        var kind = Kind(latest, previousSnapshots, declaration, text);
        var version = new NewVersion(kind, "fetch", text, time.GetUtcNow(), Extractor.Version, declaration.ExtractionHash(),
            [.. fetched.Outcomes.Select((o, i) => o is NotModified ? previousSnapshots[i].Id : (long?)null)]);
        var outcome = kind == VersionKinds.TechnicalUpgrade ? CheckOutcomes.TechnicalUpgrade : CheckOutcomes.NewVersion;
        return await RecordAsync(document, declaration, started, trigger, outcome, null, null, fetched, version, clock);
    }

    /// <summary>
    /// Re-extracts the snapshots of the latest version when the extractor or the declaration changed since
    /// it was recorded; a different text becomes a technical upgrade, never a change. Returns the latest version.
    /// </summary>
    public async Task<DocumentVersion?> UpgradeAsync(Document document, DocumentDeclaration declaration, CancellationToken cancellationToken)
    {
        var latest = await store.GetLatestVersionAsync(document.Id, cancellationToken);
        if (latest is null || latest.Origin == "import")
            return latest;
        var hash = declaration.ExtractionHash();
        if (latest.ExtractorVersion == Extractor.Version && latest.DeclarationHash == hash)
            return latest;
        if (await store.RulesConfirmedAsync(document.Id, latest.Id, Extractor.Version, hash, cancellationToken))
            return latest;
        var snapshots = await store.GetVersionSnapshotsAsync(latest.Id, cancellationToken);
        if (snapshots.Count != declaration.Urls.Count)
            return latest;
        var started = time.GetUtcNow();
        var pages = new List<SourcePage>();
        foreach (var snapshot in snapshots)
            pages.Add(new SourcePage(snapshot.FinalUrl, snapshot.ContentType, await store.GetSnapshotBodyAsync(snapshot.Sha256, cancellationToken)));
        var result = Extractor.Extract(pages, declaration);
        NewVersion? version = null;
        string outcome;
        (string? Reason, string? Detail) failure = (null, null);
        switch (result)
        {
            case Extracted { Text: var text } when text != latest.Text:
                outcome = CheckOutcomes.TechnicalUpgrade;
                version = new NewVersion(VersionKinds.TechnicalUpgrade, "re-extract", text, time.GetUtcNow(), Extractor.Version, hash, [.. snapshots.Select(s => (long?)s.Id)]);
                break;
            case Extracted:
                outcome = CheckOutcomes.Unchanged;
                break;
            default:
                var failed = (ExtractionFailed)result;
                outcome = CheckOutcomes.Failed;
                failure = (failed.Reason.Name(), $"re-extraction with the current rules failed: {failed.Detail}");
                break;
        }
        var recorded = await store.RecordCheckAsync(new NewCheck(document.Id, started, time.GetUtcNow(), "re-extract", outcome, failure.Reason, failure.Detail,
            null, null, Extractor.Version, hash, [], version), cancellationToken);
        if (recorded.Version is not null)
            LogTechnicalUpgrade(logger, document.Key, recorded.Version.Seq);
        return recorded.Version ?? latest;
    }

    private static string Kind(DocumentVersion? latest, IReadOnlyList<Snapshot> previousSnapshots, DocumentDeclaration declaration, string text)
    {
        if (latest is null)
            return VersionKinds.Initial;
        // Imported history was extracted by another tool: the first text of ours that says the same words is our reading, not a change.
        if (latest.Origin == "import" && Wording.SameWords(latest.Text, text))
            return VersionKinds.TechnicalUpgrade;
        // The document is now read from other pages: the old snapshots cannot be re-read with the new
        // declaration, so the difference is in where we read, not a change the platform made.
        if (previousSnapshots.Count > 0 && !previousSnapshots.Select(s => s.Url).SequenceEqual(declaration.Urls, StringComparer.Ordinal))
            return VersionKinds.TechnicalUpgrade;
        return VersionKinds.Change;
    }

    private async Task<FetchedSources> FetchAllAsync(DocumentDeclaration declaration, IReadOnlyList<Snapshot> previous, CancellationToken cancellationToken)
    {
        var outcomes = new List<FetchOutcome>();
        for (var i = 0; i < declaration.Urls.Count; i++)
        {
            var url = new Uri(declaration.Urls[i]);
            var before = i < previous.Count && previous[i].Url == declaration.Urls[i] && !declaration.Browser ? previous[i] : null;
            var request = new FetchRequest(url, before?.ETag, before?.LastModified, declaration.Language, declaration.IgnoreRobots);
            var outcome = await fetcher.FetchAsync(request, declaration.Browser, cancellationToken);
            outcomes.Add(outcome);
            if (outcome is FetchFailed)
                break;
        }
        return new FetchedSources(outcomes, time.GetUtcNow());
    }

    private async Task<List<SourcePage>> PagesAsync(FetchedSources fetched, IReadOnlyList<Snapshot> previous, CancellationToken cancellationToken)
    {
        var pages = new List<SourcePage>();
        for (var i = 0; i < fetched.Outcomes.Count; i++)
        {
            pages.Add(fetched.Outcomes[i] switch
            {
                Fetched f => new SourcePage(f.FinalUrl, f.ContentType, f.Body),
                NotModified => new SourcePage(previous[i].FinalUrl, previous[i].ContentType, await store.GetSnapshotBodyAsync(previous[i].Sha256, cancellationToken)),
                _ => throw new UnreachableException("failed fetches never reach extraction"),
            });
        }
        return pages;
    }

    private async Task<CheckResult> RecordAsync(Document document, DocumentDeclaration declaration, DateTimeOffset started, string trigger, string outcome,
        string? reason, string? detail, FetchedSources fetched, NewVersion? version, Stopwatch clock)
    {
        var snapshots = new List<NewSnapshot>();
        for (var i = 0; i < fetched.Outcomes.Count; i++)
        {
            if (fetched.Outcomes[i] is Fetched f)
                snapshots.Add(new NewSnapshot(i, f.Url, f.FinalUrl, fetched.At, f.Fetcher, f.Status, f.ContentType, f.ETag, f.LastModified, f.Body));
        }
        var status = fetched.Outcomes.Select(o => o switch { Fetched f => f.Status, FetchFailed f => f.Status, NotModified => 304, _ => (int?)null }).LastOrDefault();
        var fetcherName = fetched.Outcomes.OfType<Fetched>().Select(f => f.Fetcher).LastOrDefault() ?? (declaration.Browser ? "browser" : "http");
        // Cancellation stops the check, but a check that got this far is still written down.
        var recorded = await store.RecordCheckAsync(new NewCheck(document.Id, started, time.GetUtcNow(), trigger, outcome, reason, detail, status, fetcherName,
            Extractor.Version, declaration.ExtractionHash(), snapshots, version), CancellationToken.None);
        if (outcome == CheckOutcomes.Failed)
            LogCheckFailed(logger, document.Key, reason ?? "", detail ?? "");
        else
            LogChecked(logger, document.Key, outcome, clock.ElapsedMilliseconds);
        return new CheckResult(document, outcome, reason, detail, recorded.Version, clock.Elapsed);
    }

    private sealed record FetchedSources(IReadOnlyList<FetchOutcome> Outcomes, DateTimeOffset At)
    {
        public FetchFailed? Failure => Outcomes.OfType<FetchFailed>().FirstOrDefault();

        public bool AllNotModified => Outcomes.All(o => o is NotModified);
    }

    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "Checked {Document}: {Outcome} in {Milliseconds} ms")]
    private static partial void LogChecked(ILogger logger, string document, string outcome, long milliseconds);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Warning, Message = "Check of {Document} failed: {Reason} ({Detail})")]
    private static partial void LogCheckFailed(ILogger logger, string document, string reason, string detail);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Information, Message = "Re-extracted {Document} with the current rules: technical upgrade, version {Seq}")]
    private static partial void LogTechnicalUpgrade(ILogger logger, string document, int seq);
}

using System.Diagnostics;
using Clauseline.Archive;
using Clauseline.Catalog;
using Clauseline.Extraction;
using Clauseline.Fetching;
using Clauseline.Records;
using Clauseline.Storage;
using Microsoft.Extensions.Logging;

namespace Clauseline.Checking;

/// <summary>
/// One check of one document, top to bottom: hold the document, bring the latest version up to the
/// current extraction rules, fetch every source URL (conditionally), extract, compare with the latest
/// version, and record the outcome: not modified, unchanged, a new version, or a failure with its
/// reason. A failure is never a version, so a broken fetch cannot look like deleted terms.
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

        var (latest, rulesCurrent) = await UpgradeHeldAsync(document, declaration, cancellationToken);
        var previous = await store.GetLatestReadSnapshotsAsync(document.Id, cancellationToken);
        var fetched = await FetchAllAsync(declaration, previous, declaration.Browser, cancellationToken);
        if (fetched.Failure is { } failure)
            return await RecordAsync(document, declaration, started, trigger, CheckOutcomes.Failed, failure.Reason.Name(), failure.Detail, fetched, null, clock);
        if (fetched.AllNotModified)
            return await RecordAsync(document, declaration, started, trigger, CheckOutcomes.NotModified, null, null, fetched, null, clock);

        var extraction = Extractor.Extract(await PagesAsync(fetched, previous, cancellationToken), declaration);
        if (extraction is ExtractionFailed { Reason: FailureReason.BotWall or FailureReason.LoginWall or FailureReason.CookieWall } wall
            && fetcher.CanUseBrowser && !declaration.Browser && fetched.Outcomes.OfType<Fetched>().All(f => f.Fetcher == "http"))
        {
            // A wall behind plain HTTP is worth one try in a real browser before the check fails.
            fetched = await FetchAllAsync(declaration, previous, useBrowser: true, cancellationToken);
            if (fetched.Failure is { } second)
                return await RecordAsync(document, declaration, started, trigger, CheckOutcomes.Failed, wall.Reason.Name(), $"{wall.Detail}; a second try in the browser failed: {second.Detail}", fetched, null, clock);
            extraction = Extractor.Extract(await PagesAsync(fetched, previous, cancellationToken), declaration);
        }
        if (extraction is ExtractionFailed failed)
            return await RecordAsync(document, declaration, started, trigger, CheckOutcomes.Failed, failed.Reason.Name(), failed.Detail, fetched, null, clock);

        var text = ((Extracted)extraction).Text;
        if (latest is not null && latest.Text == text)
            return await RecordAsync(document, declaration, started, trigger, CheckOutcomes.Unchanged, null, null, fetched, null, clock);
        var kind = Kind(latest, rulesCurrent, declaration, text);
        var version = new NewVersion(kind, "fetch", text, time.GetUtcNow(), Extractor.Version, declaration.ExtractionHash(), declaration.SourceHash(),
            [.. fetched.Outcomes.Select((o, i) => o is NotModified ? previous[i].Id : (long?)null)]);
        var outcome = kind == VersionKinds.TechnicalUpgrade ? CheckOutcomes.TechnicalUpgrade : CheckOutcomes.NewVersion;
        return await RecordAsync(document, declaration, started, trigger, outcome, null, null, fetched, version, clock);
    }

    /// <summary>Re-reads the latest version's snapshots when the extraction rules changed (see <see cref="UpgradeHeldAsync"/>); does nothing while the document is being checked.</summary>
    public async Task UpgradeAsync(Document document, CancellationToken cancellationToken)
    {
        if (document.DeclarationJson is null)
            return;
        await using var hold = await store.TryHoldDocumentAsync(document.Id, cancellationToken);
        if (hold is not null)
            await UpgradeHeldAsync(document, DocumentDeclaration.FromJson(document.DeclarationJson), cancellationToken);
    }

    /// <summary>
    /// Re-extracts the snapshots of the latest version when the extractor or the selectors changed since
    /// it was recorded; a different text becomes a technical upgrade, never a change. Returns the latest
    /// version and whether it now stands under the current rules (false when the old snapshots could not be re-read).
    /// </summary>
    private async Task<(DocumentVersion? Latest, bool RulesCurrent)> UpgradeHeldAsync(Document document, DocumentDeclaration declaration, CancellationToken cancellationToken)
    {
        var latest = await store.GetLatestVersionAsync(document.Id, cancellationToken);
        if (latest is null || latest.Origin == "import")
            return (latest, true);
        var hash = declaration.ExtractionHash();
        if ((latest.ExtractorVersion == Extractor.Version && latest.DeclarationHash == hash)
            || await store.RulesConfirmedAsync(document.Id, latest.Id, Extractor.Version, hash, cancellationToken))
            return (latest, true);
        var snapshots = await store.GetVersionSnapshotsAsync(latest.Id, cancellationToken);
        if (snapshots.Count == 0)
            return (latest, false);
        var started = time.GetUtcNow();
        var pages = new List<SourcePage>();
        foreach (var snapshot in snapshots)
            pages.Add(new SourcePage(snapshot.FinalUrl, snapshot.ContentType, await store.GetSnapshotBodyAsync(snapshot.Sha256, cancellationToken)));
        var result = Extractor.Extract(pages, declaration);
        var (outcome, reason, detail, version) = result switch
        {
            Extracted { Text: var text } when text != latest.Text => (CheckOutcomes.TechnicalUpgrade, null, null,
                new NewVersion(VersionKinds.TechnicalUpgrade, "re-extract", text, time.GetUtcNow(), Extractor.Version, hash, latest.SourceHash, [.. snapshots.Select(s => (long?)s.Id)])),
            Extracted => (CheckOutcomes.Unchanged, null, null, null),
            ExtractionFailed f => (CheckOutcomes.Failed, f.Reason.Name(), $"re-extraction with the current rules failed: {f.Detail}", (NewVersion?)null),
            _ => throw new UnreachableException(),
        };
        var recorded = await store.RecordCheckAsync(new NewCheck(document.Id, started, time.GetUtcNow(), "re-extract", outcome, reason, detail,
            null, null, Extractor.Version, hash, [], version), cancellationToken);
        if (recorded.Version is not null)
            LogTechnicalUpgrade(logger, document.Key, recorded.Version.Seq);
        return (recorded.Version ?? latest, outcome != CheckOutcomes.Failed);
    }

    private static string Kind(DocumentVersion? latest, bool rulesCurrent, DocumentDeclaration declaration, string text)
    {
        if (latest is null)
            return VersionKinds.Initial;
        // Imported history was extracted by another tool: the first text of ours that says the same words is our reading, not a change.
        if (latest.Origin == "import" && Wording.SameWords(latest.Text, text))
            return VersionKinds.TechnicalUpgrade;
        // The rules changed and the archived snapshots could not be re-read with them: the difference may be ours.
        if (!rulesCurrent)
            return VersionKinds.TechnicalUpgrade;
        // Other URLs, the browser or another language: the difference is in what we read, not in what the platform changed.
        if (latest.SourceHash is not null && latest.SourceHash != declaration.SourceHash())
            return VersionKinds.TechnicalUpgrade;
        return VersionKinds.Change;
    }

    private async Task<FetchedSources> FetchAllAsync(DocumentDeclaration declaration, IReadOnlyDictionary<int, Snapshot> previous, bool useBrowser, CancellationToken cancellationToken)
    {
        var outcomes = new List<FetchOutcome>();
        for (var i = 0; i < declaration.Urls.Count; i++)
        {
            if (!Uri.TryCreate(declaration.Urls[i], UriKind.Absolute, out var url))
            {
                outcomes.Add(new FetchFailed(declaration.Urls[i], FailureReason.Network, "the declared URL is not an absolute URL"));
                break;
            }
            // Validators only for the same URL read the same way: a 304 then stands for bytes we hold.
            var before = previous.GetValueOrDefault(i) is { } p && p.Url == declaration.Urls[i] && p.Fetcher == "http" && !useBrowser ? p : null;
            var request = new FetchRequest(url, before?.ETag, before?.LastModified, declaration.Language, declaration.IgnoreRobots);
            var outcome = await fetcher.FetchAsync(request, useBrowser, cancellationToken);
            if (outcome is NotModified && before is null)
                outcome = new FetchFailed(url.ToString(), FailureReason.Network, "the server answered 304 Not Modified to a request without validators");
            outcomes.Add(outcome);
            if (outcome is FetchFailed)
                break;
        }
        return new FetchedSources(outcomes, time.GetUtcNow());
    }

    private async Task<List<SourcePage>> PagesAsync(FetchedSources fetched, IReadOnlyDictionary<int, Snapshot> previous, CancellationToken cancellationToken)
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
        if (recorded.Version is not null)
            await RecordChangesAsync(document);
        var finalOutcome = version is not null && recorded.Version is null ? CheckOutcomes.Unchanged : outcome;
        return new CheckResult(document, finalOutcome, reason, detail, recorded.Version, clock.Elapsed);
    }

    /// <summary>Builds the new version's change record. The version is already safe; a failure here is logged and retried by the next recording.</summary>
    private async Task RecordChangesAsync(Document document)
    {
        try
        {
            await new ChangeRecorder(store).RecordAsync(document.Id, CancellationToken.None);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            LogRecordFailed(logger, document.Key, e);
        }
    }

    private sealed record FetchedSources(IReadOnlyList<FetchOutcome> Outcomes, DateTimeOffset At)
    {
        public FetchFailed? Failure => Outcomes.OfType<FetchFailed>().FirstOrDefault();

        public bool AllNotModified => Outcomes.All(o => o is NotModified);
    }

    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "Checked {Document}: {Outcome} in {Milliseconds} ms")]
    private static partial void LogChecked(ILogger logger, string document, string outcome, long milliseconds);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Error, Message = "Could not build the change record of {Document}")]
    private static partial void LogRecordFailed(ILogger logger, string document, Exception exception);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Warning, Message = "Check of {Document} failed: {Reason} ({Detail})")]
    private static partial void LogCheckFailed(ILogger logger, string document, string reason, string detail);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Information, Message = "Re-extracted {Document} with the current rules: technical upgrade, version {Seq}")]
    private static partial void LogTechnicalUpgrade(ILogger logger, string document, int seq);
}

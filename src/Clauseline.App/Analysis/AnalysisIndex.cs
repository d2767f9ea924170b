using System.Diagnostics;
using System.Globalization;
using Clauseline.Analysis;
using Clauseline.Archive;
using Clauseline.Records;
using Clauseline.Segmentation;
using Clauseline.Storage;

namespace Clauseline.App.Analysis;

/// <summary>
/// The analysis of every document's latest version, for the pages: its provisions with their stable ids, each
/// non-heading provision rated for the unknown profile, and the similarity index behind "how other platforms
/// handle this". Built on first use and again whenever a document gets a new latest version; one build at a time,
/// and while it runs readers keep the last complete snapshot.
/// </summary>
public sealed partial class AnalysisIndex(Store store, ClauseRater rater, TimeProvider time, ILogger<AnalysisIndex> logger, IHostApplicationLifetime? lifetime = null) : IDisposable
{
    private readonly SemaphoreSlim _building = new(1, 1);
    private AnalysisSnapshot? _current;

    public ClauseRater Rater => rater;

    /// <summary>The current snapshot, built or rebuilt first when the archive's latest versions differ from its own.</summary>
    public async Task<AnalysisSnapshot> GetAsync(CancellationToken cancellationToken = default)
    {
        var signature = Signature(await store.GetLatestVersionIdsAsync(cancellationToken));
        var current = Volatile.Read(ref _current);
        if (current is not null && current.Signature == signature)
            return current;
        if (current is null)
            await _building.WaitAsync(cancellationToken);
        else if (!await _building.WaitAsync(0, cancellationToken))
            return current;
        try
        {
            current = Volatile.Read(ref _current);
            if (current is not null && current.Signature == signature)
                return current;
            // A build outlives the request that started it (the next visitor needs it too); only shutting down stops it.
            var built = await BuildAsync(current, lifetime?.ApplicationStopping ?? CancellationToken.None);
            Volatile.Write(ref _current, built);
            return built;
        }
        finally
        {
            _building.Release();
        }
    }

    public void Dispose() => _building.Dispose();

    private async Task<AnalysisSnapshot> BuildAsync(AnalysisSnapshot? previous, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var documents = await store.GetDocumentsAsync(cancellationToken: cancellationToken);
        // Provision ids live in the change records; versions imported or fetched without one get it now.
        await new ChangeRecorder(store).RecordAsync(documents.Select(d => d.Id), cancellationToken);
        var analysed = new List<AnalysedDocument>();
        var seen = new Dictionary<long, long>();
        var (reused, rated) = (0, 0);
        foreach (var document in documents)
        {
            var version = await store.GetLatestVersionAsync(document.Id, cancellationToken);
            if (version is null)
                continue;
            seen[document.Id] = version.Id;
            // A version's provisions and their ids never change, so a document whose latest version is the same is kept as it was.
            if (previous?.FindDocument(document.Key) is { } kept && kept.VersionId == version.Id && kept.Document == document)
            {
                analysed.Add(kept);
                reused++;
                continue;
            }
            var provisions = ProvisionSplitter.Split(version.Text);
            var ids = await store.GetProvisionIdsAsync(version.Id, cancellationToken);
            if (ids is null || ids.Count != provisions.Count)
            {
                // The recorder above gives every version its ids, so this only happens when a record was dropped
                // between the two reads. Positional ids keep the pages up; they may not match the provision's
                // timeline until the next build.
                LogPositionalIds(logger, document.Key, version.Id);
                ids = [.. provisions.Select((_, i) => $"p{i + 1}")];
            }
            analysed.Add(new AnalysedDocument(document, version.Id, version.Seq, version.RecordedAt, Rate(document, version.Id, provisions, ids, cancellationToken)));
            rated++;
        }
        var snapshot = new AnalysisSnapshot(Signature(seen), analysed, time.GetUtcNow());
        LogBuilt(logger, rated, reused, snapshot.Categorised, watch.ElapsedMilliseconds);
        return snapshot;
    }

    /// <summary>Rates a version's provisions, headings aside, on every core: the classifier and the rater are safe to share between threads.</summary>
    private List<AnalysedProvision> Rate(Document document, long versionId, IReadOnlyList<Provision> provisions, IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        var categories = new IReadOnlyList<RatedCategory>[provisions.Count];
        Parallel.For(0, provisions.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
            categories[i] = provisions[i].Kind == ProvisionKind.Heading ? [] : rater.Rate(provisions[i].Text, Profile.Unknown));
        return [.. provisions.Select((p, i) => new AnalysedProvision(AnalysisSnapshot.Key(document.PlatformSlug, document.TypeId, ids[i]), document, versionId, ids[i], p, categories[i]))];
    }

    /// <summary>The documents and their latest versions as one comparable string.</summary>
    private static string Signature(IReadOnlyDictionary<long, long> latest) =>
        string.Join(' ', latest.OrderBy(p => p.Key).Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Key}:{p.Value}")));

    [LoggerMessage(EventId = 5001, Level = LogLevel.Information, Message = "Analysis index built in {Milliseconds} ms: {Rated} documents rated, {Reused} unchanged since the last build, {Categorised} provisions with a category")]
    private static partial void LogBuilt(ILogger logger, int rated, int reused, int categorised, long milliseconds);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Warning, Message = "Analysis index: {Document} version {VersionId} has no provision ids that fit its text; positional ids used")]
    private static partial void LogPositionalIds(ILogger logger, string document, long versionId);
}

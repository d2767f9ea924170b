using Clauseline.Analysis;
using Clauseline.App.Analysis;
using Clauseline.Archive;
using Clauseline.Records;
using Clauseline.Storage;
using Microsoft.Extensions.Caching.Memory;

namespace Clauseline.App.Web.Caching;

/// <summary>
/// Remembers what a provision page is built from, for each (document, latest version, provision): the view, whose
/// timeline reads the whole change record of every version that touched the provision (hundreds of kilobytes of
/// JSON for a long document), and its analysis per profile. A new version of the document changes the key, so it is
/// never shown late; entries also expire after <see cref="PageCacheOptions.Seconds"/>, because a change's
/// confirmation depends on the time as well. Signed-in members, whom the output cache never serves, read from here.
/// </summary>
public sealed class ProvisionPageMemo(PageCacheOptions options, TimeProvider time) : IDisposable
{
    /// <summary>Entries kept at most; past it the cache evicts, so memory stays bounded whatever ids are asked for.</summary>
    public const int Limit = 2000;

    private readonly MemoryCache _entries = new(new MemoryCacheOptions { SizeLimit = Limit, Clock = new SystemClock(time) });

    private sealed record ViewKey(long Document, long LatestVersion, string Provision);

    private sealed record AnalysisKey(long Document, long SeenIn, string Provision, Profile Profile);

    // The snapshot the analysis was built from: a rebuilt analysis index (new versions elsewhere change the peers) is a miss.
    private sealed record Analysed(AnalysisSnapshot Snapshot, ProvisionAnalysis Analysis);

    /// <summary>The provision view as <see cref="ProvisionView.LoadAsync"/> gives it, remembered while the document has no newer version.</summary>
    public async Task<ProvisionView?> ViewAsync(Store store, ChangeHistory history, Document document, string provisionId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(document);
        if (!options.Enabled)
            return await ProvisionView.LoadAsync(store, history, document, provisionId, cancellationToken);
        var latest = (await store.GetVersionHeadsAsync(document.Id, null, 1, cancellationToken)) is [var newest] ? newest.Id : 0;
        var key = new ViewKey(document.Id, latest, provisionId);
        if (_entries.TryGetValue(key, out ProvisionView? known) && known is not null)
            return known;
        var view = await ProvisionView.LoadAsync(store, history, document, provisionId, cancellationToken);
        // Only pages that exist are kept: a stream of made-up ids costs a lookup each, not memory.
        if (view is not null)
            _entries.Set(key, view, Entry());
        return view;
    }

    /// <summary>The analysis as <see cref="ProvisionAnalysis.Build"/> gives it, remembered for the view's version, the profile and the analysis snapshot.</summary>
    public ProvisionAnalysis Analysis(ProvisionView view, AnalysisSnapshot snapshot, ClauseRater rater, Profile profile, Taxonomy taxonomy)
    {
        ArgumentNullException.ThrowIfNull(view);
        if (!options.Enabled)
            return ProvisionAnalysis.Build(view, snapshot, rater, profile, taxonomy);
        var key = new AnalysisKey(view.Document.Id, view.SeenIn.Version.VersionId, view.ProvisionId, profile);
        if (_entries.TryGetValue(key, out Analysed? known) && known is not null && ReferenceEquals(known.Snapshot, snapshot))
            return known.Analysis;
        var analysis = ProvisionAnalysis.Build(view, snapshot, rater, profile, taxonomy);
        _entries.Set(key, new Analysed(snapshot, analysis), Entry());
        return analysis;
    }

    public void Dispose() => _entries.Dispose();

    private MemoryCacheEntryOptions Entry() => new() { Size = 1, AbsoluteExpirationRelativeToNow = TimeSpan.FromSeconds(Math.Max(1, options.Seconds)) };

    /// <summary>The cache's clock is the application's, so tests that move time move expiry too.</summary>
    private sealed class SystemClock(TimeProvider time) : Microsoft.Extensions.Internal.ISystemClock
    {
        public DateTimeOffset UtcNow => time.GetUtcNow();
    }
}

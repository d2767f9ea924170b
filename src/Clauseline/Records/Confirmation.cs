using Clauseline.Archive;

namespace Clauseline.Records;

/// <summary>Where a change stands: waiting out the confirmation window, confirmed, or replaced before it was confirmed.</summary>
public enum ChangeStatus
{
    Pending,
    Confirmed,
    Transient,
}

/// <summary>
/// One version's standing: its status, whether it is a flip-back (a transient, or the return of a recently
/// confirmed substance), whether subscribers are (or will be, once confirmed) told of it, and the version it is
/// told against: the latest version of the previously confirmed substance.
/// </summary>
public sealed record ChangeState(long VersionId, ChangeStatus Status, bool FlipBack, bool Alert, long? AlertFromVersionId, DateTimeOffset? ConfirmsAt);

/// <summary>
/// Confirmation and flip-backs, worked out on substances rather than versions. A version whose substance key
/// equals the one before it (a cosmetic change) or that only re-reads the same page with a newer extractor (a
/// technical upgrade) starts nothing; any other version starts a new substance. A substance is confirmed once it
/// has stood for the window without being replaced, transient if replaced sooner, pending while the window runs.
/// A confirmed substance equal to one of the last <see cref="Remembered"/> confirmed ones is a return, and a
/// transient never counts: both are flip-backs and alert nobody. Everything else alerts against the previously
/// confirmed substance. The first version is the baseline: confirmed, never an alert.
/// </summary>
public static class Confirmation
{
    public const int Remembered = 3;

    public static IReadOnlyList<ChangeState> Evaluate(IReadOnlyList<StoredChange> versions, DateTimeOffset now, TimeSpan window)
    {
        ArgumentNullException.ThrowIfNull(versions);
        var runs = Runs(versions);
        var states = new List<ChangeState>(versions.Count);
        var confirmed = new List<Run>();
        for (var r = 0; r < runs.Count; r++)
        {
            var run = runs[r];
            var start = versions[run.First];
            DateTimeOffset? replacedAt = r + 1 < runs.Count ? versions[runs[r + 1].First].RecordedAt : null;
            var confirmsAt = start.RecordedAt + window;
            var status = r == 0 ? ChangeStatus.Confirmed
                : replacedAt is { } replaced ? (replaced - start.RecordedAt >= window ? ChangeStatus.Confirmed : ChangeStatus.Transient)
                : now >= confirmsAt ? ChangeStatus.Confirmed : ChangeStatus.Pending;
            var recent = confirmed.TakeLast(Remembered).Select(c => c.Key).ToList();
            var isReturn = r > 0 && recent.Contains(run.Key, StringComparer.Ordinal);
            var flipBack = r > 0 && (status == ChangeStatus.Transient || isReturn);
            var baseline = confirmed.Count == 0 ? (long?)null : versions[confirmed[^1].Last].VersionId;
            var alert = r > 0 && !flipBack && baseline is not null;
            for (var i = run.First; i <= run.Last; i++)
            {
                var opens = i == run.First;
                states.Add(new ChangeState(versions[i].VersionId, status, opens && flipBack, opens && alert, opens && alert ? baseline : null,
                    status == ChangeStatus.Pending ? confirmsAt : null));
            }
            if (status == ChangeStatus.Confirmed)
                confirmed.Add(run);
        }
        return states;
    }

    /// <summary>The runs of consecutive versions sharing a substance; a technical upgrade continues its run under its own key.</summary>
    private static List<Run> Runs(IReadOnlyList<StoredChange> versions)
    {
        var runs = new List<Run>();
        for (var i = 0; i < versions.Count; i++)
        {
            var version = versions[i];
            var key = version.SubstanceKey ?? throw new InvalidOperationException($"version {version.VersionId} has no change record yet");
            var continues = runs.Count > 0 && (version.Kind == VersionKinds.TechnicalUpgrade || key == runs[^1].Key);
            if (continues)
                runs[^1] = runs[^1] with { Last = i, Key = key };
            else
                runs.Add(new Run(i, i, key));
        }
        return runs;
    }

    private sealed record Run(int First, int Last, string Key);
}

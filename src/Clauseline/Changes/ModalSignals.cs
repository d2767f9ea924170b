namespace Clauseline.Changes;

/// <summary>
/// Modal shifts ("may" → "must") where a cue was replaced within one changed run, and added or removed duties
/// and permissions where a cue appeared or went without a counterpart.
/// </summary>
internal static class ModalSignals
{
    public static IEnumerable<ChangeSignal> Find(TokenDiff diff)
    {
        var cues = SignalVocabulary.Modals;
        var (removed, added) = diff.Changed(cues.Keys, p => p);
        foreach (var (old, replacement) in Occurrences.Replacements(removed, added))
        {
            var (from, to) = (cues[old.Key].Strength, cues[replacement.Key].Strength);
            if (from == to && cues[old.Key].Role == cues[replacement.Key].Role)
                continue; // "is required to" → "must": another way of saying the same thing.
            var direction = to > from ? ChangeDirection.Strengthens : to < from ? ChangeDirection.Weakens : ChangeDirection.None;
            yield return new ChangeSignal(ChangeKind.ModalShift, old.Text, replacement.Text, direction);
        }
        foreach (var old in removed)
        {
            if (Kind(cues[old.Key].Role, adds: false) is { } kind)
                yield return new ChangeSignal(kind, Occurrences.Window(diff.Old, old.Start, old.End, 0, 3), null, ChangeDirection.Removes);
        }
        foreach (var @new in added)
        {
            if (Kind(cues[@new.Key].Role, adds: true) is { } kind)
                yield return new ChangeSignal(kind, null, Occurrences.Window(diff.New, @new.Start, @new.End, 0, 3), ChangeDirection.Adds);
        }
    }

    private static ChangeKind? Kind(CueRole role, bool adds) => role switch
    {
        CueRole.Obligation => adds ? ChangeKind.ObligationAdded : ChangeKind.ObligationRemoved,
        CueRole.Right => adds ? ChangeKind.RightAdded : ChangeKind.RightRemoved,
        _ => null,
    };
}

namespace Clauseline.Changes;

/// <summary>
/// Modal shifts ("may" → "must") where a cue was replaced within one changed run, and added or removed duties
/// and permissions where a cue appeared or went without a counterpart. The month May is no cue.
/// </summary>
internal static class ModalSignals
{
    /// <summary>Words before a capitalised "May" that make it the month ("in May", "the end of May", "each May").</summary>
    private static readonly HashSet<string> BeforeMonth = new(StringComparer.Ordinal)
    {
        "in", "of", "during", "until", "till", "from", "since", "before", "after", "through", "by", "each", "every", "next", "last", "early", "mid", "late",
    };

    public static IEnumerable<ChangeSignal> Find(TokenDiff diff)
    {
        var cues = SignalVocabulary.Modals;
        var (replaced, removed, added) = diff.Pair(cues.Keys, p => p, Month);
        foreach (var (old, replacement) in replaced)
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

    /// <summary>
    /// True for a "May" written with a capital next to a day or a year ("30 May", "30th of May", "May 1st",
    /// "May 2026") or after a word that only a month follows ("in May"). The capital keeps "under 16 may join"
    /// and "may (1) suspend" the modal; a modal opening a sentence is never next to a number.
    /// </summary>
    private static bool Month(ComparableText text, int start, int end)
    {
        var tokens = text.Tokens;
        if (tokens[start] != "may" || !text.Capitalised[start])
            return false;
        if (end < tokens.Count && (Day(tokens[end]) || Year(tokens[end])))
            return true;
        var before = start - 1;
        if (before >= 1 && tokens[before] == "of" && Ordinal(tokens[before - 1]))
            before--;
        if (before >= 1 && Ordinal(tokens[before]))
            before--;
        return before >= 0 && (Day(tokens[before]) || Year(tokens[before]) || BeforeMonth.Contains(tokens[before]));
    }

    private static bool Day(string token) => token.Length <= 2 && int.TryParse(token, out var day) && day is >= 1 and <= 31;

    private static bool Year(string token) => token.Length == 4 && int.TryParse(token, out var year) && year is >= 1900 and <= 2199;

    private static bool Ordinal(string token) => token is "st" or "nd" or "rd" or "th";
}

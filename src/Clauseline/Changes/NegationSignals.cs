namespace Clauseline.Changes;

/// <summary>Negations added or removed, leaving out the "no later than" kind that bounds a number instead.</summary>
internal static class NegationSignals
{
    public static IEnumerable<ChangeSignal> Find(TokenDiff diff)
    {
        var (removed, added) = diff.Changed(SignalVocabulary.Negations, p => p, Bounds);
        foreach (var old in removed)
            yield return new ChangeSignal(ChangeKind.NegationRemoved, Occurrences.Window(diff.Old, old.Start, old.End, 1, 1), null, ChangeDirection.Removes);
        foreach (var @new in added)
            yield return new ChangeSignal(ChangeKind.NegationAdded, null, Occurrences.Window(diff.New, @new.Start, @new.End, 1, 1), ChangeDirection.Adds);
    }

    private static bool Bounds(ComparableText text, int start, int end) =>
        end + 1 < text.Tokens.Count && SignalVocabulary.Comparatives.Contains(text.Tokens[end]) && text.Tokens[end + 1] == "than";
}

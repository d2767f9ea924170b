namespace Clauseline.Changes;

/// <summary>
/// Parties brought in (widened) or dropped (narrowed); one party replaced by another within a changed run
/// widens or narrows by how wide a circle each draws.
/// </summary>
internal static class PartySignals
{
    public static IEnumerable<ChangeSignal> Find(TokenDiff diff)
    {
        var parties = SignalVocabulary.Parties;
        var (replaced, removed, added) = diff.Pair(parties.Keys, p => parties[p].Name);
        foreach (var (old, replacement) in replaced)
        {
            var widens = parties[replacement.Text].Breadth >= parties[old.Text].Breadth;
            yield return widens
                ? new ChangeSignal(ChangeKind.PartiesWidened, old.Key, replacement.Key, ChangeDirection.Widens)
                : new ChangeSignal(ChangeKind.PartiesNarrowed, old.Key, replacement.Key, ChangeDirection.Narrows);
        }
        foreach (var old in removed)
            yield return new ChangeSignal(ChangeKind.PartiesNarrowed, old.Key, null, ChangeDirection.Narrows);
        foreach (var @new in added)
            yield return new ChangeSignal(ChangeKind.PartiesWidened, null, @new.Key, ChangeDirection.Widens);
    }
}

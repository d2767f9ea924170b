namespace Clauseline.Changes;

/// <summary>
/// Finds the signal phrases a word diff touched on each side, pairs those replaced within one changed run and
/// cancels those that appear as many times on both: a phrase that only moved, or was rewritten around, is no signal.
/// </summary>
internal static class Occurrences
{
    /// <summary>Longest-first, non-overlapping matches of <paramref name="phrases"/> in <paramref name="tokens"/>.</summary>
    public static List<(int Start, int End, string Phrase)> Match(IReadOnlyList<string> tokens, IEnumerable<string> phrases)
    {
        // Phrases by their first word, longest first, so each token is checked only against phrases it can start.
        var byFirst = new Dictionary<string, List<string[]>>(StringComparer.Ordinal);
        foreach (var phrase in phrases.Select(p => p.Split(' ')).OrderByDescending(p => p.Length))
        {
            if (!byFirst.TryGetValue(phrase[0], out var list))
                byFirst[phrase[0]] = list = [];
            list.Add(phrase);
        }
        var found = new List<(int, int, string)>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!byFirst.TryGetValue(tokens[i], out var candidates))
                continue;
            foreach (var phrase in candidates)
            {
                if (!StartsAt(tokens, i, phrase))
                    continue;
                found.Add((i, i + phrase.Length, string.Join(' ', phrase)));
                i += phrase.Length - 1;
                break;
            }
        }
        return found;
    }

    private static bool StartsAt(IReadOnlyList<string> tokens, int at, string[] phrase)
    {
        if (at + phrase.Length > tokens.Count)
            return false;
        for (var k = 0; k < phrase.Length; k++)
        {
            if (tokens[at + k] != phrase[k])
                return false;
        }
        return true;
    }

    /// <summary>The index of the hunk that touches tokens [start, end) of one side, or -1: a hunk touches a span it overlaps or inserts into.</summary>
    public static int HunkOf(IReadOnlyList<Hunk> hunks, bool old, int start, int end)
    {
        for (var h = 0; h < hunks.Count; h++)
        {
            var (s, e) = hunks[h].Side(old);
            if (s < end && start < e || s == e && start < s && s < end)
                return h;
        }
        return -1;
    }

    /// <summary>The touched occurrences of each side, less those whose key the other side also gained or lost (in the same run first).</summary>
    public static (List<Occurrence> Old, List<Occurrence> New) Changed(IEnumerable<Occurrence> old, IEnumerable<Occurrence> @new)
    {
        var removed = old.Where(o => o.Hunk >= 0).ToList();
        var added = @new.Where(o => o.Hunk >= 0).ToList();
        Cancel(removed, added, sameRun: true);
        Cancel(removed, added, sameRun: false);
        return (removed, added);
    }

    /// <summary>
    /// The touched occurrences of each side, paired run by run. Within one changed run, a key on both sides was
    /// rewritten around and cancels, then a removed occurrence pairs with the first added one (a word replaced by
    /// another). Only then does a key on both sides of different runs cancel (a word moved): a replaced "may" is not
    /// cancelled by a new "may" in another run. What stays appeared or went without a counterpart.
    /// </summary>
    public static (List<(Occurrence Old, Occurrence New)> Replaced, List<Occurrence> Removed, List<Occurrence> Added) Pair(
        IEnumerable<Occurrence> old, IEnumerable<Occurrence> @new)
    {
        var removed = old.Where(o => o.Hunk >= 0).ToList();
        var added = @new.Where(o => o.Hunk >= 0).ToList();
        Cancel(removed, added, sameRun: true);
        var replaced = new List<(Occurrence, Occurrence)>();
        foreach (var o in removed.ToList())
        {
            if (added.FirstOrDefault(a => a.Hunk == o.Hunk) is not { } replacement)
                continue;
            added.Remove(replacement);
            removed.Remove(o);
            replaced.Add((o, replacement));
        }
        Cancel(removed, added, sameRun: false);
        return (replaced, removed, added);
    }

    /// <summary>Takes out of both lists each removed occurrence whose key an added one has (in its own run, if <paramref name="sameRun"/>), with that one.</summary>
    private static void Cancel(List<Occurrence> removed, List<Occurrence> added, bool sameRun)
    {
        foreach (var o in removed.ToList())
        {
            var twin = added.FindIndex(a => a.Key == o.Key && (!sameRun || a.Hunk == o.Hunk));
            if (twin < 0)
                continue;
            added.RemoveAt(twin);
            removed.Remove(o);
        }
    }

    public static string Window(IReadOnlyList<string> tokens, int start, int end, int before, int after) =>
        string.Join(' ', tokens.Skip(Math.Max(0, start - before)).Take(end - Math.Max(0, start - before) + after));
}

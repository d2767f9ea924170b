using Clauseline.Changes;

namespace Clauseline.Records;

/// <summary>
/// Parties added, dropped or replaced, and whose circle that widens or narrows: who is protected (a liability or
/// warranty clause), who may receive something (a sharing clause), else who the clause covers.
/// </summary>
internal static class SummaryParties
{
    private static readonly string[] Protection = ["liab", "warrant", "indemn", "disclaim", "harmless"];
    private static readonly string[] Disclosure = ["share", "sharing", "disclos", "sell", "sold", "transfer"];

    public static SummaryFinding Describe(ChangeSignal s, SummaryDiff diff, int words)
    {
        var direction = s.Kind == ChangeKind.PartiesWidened ? "widening" : "narrowing";
        var who = Who(diff);
        if (s.Old is not null && s.New is not null)
        {
            return new SummaryFinding(SummaryFinding.Parties, $"Replaced '{s.Old}' with '{s.New}', {direction} {who}{Quote(diff, false, s.New, words)}", $"replaced '{s.Old}' with '{s.New}'");
        }
        if (s.New is not null)
        {
            return new SummaryFinding(SummaryFinding.Parties, $"Added '{s.New}' to the parties named, {direction} {who}{Quote(diff, false, s.New, words)}", $"added '{s.New}' to the parties");
        }
        return new SummaryFinding(SummaryFinding.Parties, $"Removed '{s.Old}' from the parties named, {direction} {who}{Quote(diff, true, s.Old, words)}", $"removed '{s.Old}' from the parties");
    }

    private static string Who(SummaryDiff diff)
    {
        if (Mentions(diff, Protection))
            return "who is protected";
        if (Mentions(diff, Disclosure))
            return "who may receive it";
        return "who it covers";
    }

    /// <summary>True when a word on either side begins with one of <paramref name="stems"/>.</summary>
    private static bool Mentions(SummaryDiff diff, string[] stems) =>
        diff.Old.Words.Concat(diff.New.Words).Any(w => StartsWithAny(w, stems));

    private static bool StartsWithAny(string word, string[] stems)
    {
        foreach (var stem in stems)
        {
            if (word.StartsWith(stem, StringComparison.Ordinal))
                return true;
        }
        return false;
    }

    /// <summary>The clause around the party, found by any name that party goes by ("affiliate" for "affiliates"), where the diff touched it if it can.</summary>
    private static string Quote(SummaryDiff diff, bool old, string? party, int words)
    {
        var found = SignalVocabulary.Parties.Where(p => p.Value.Name == party)
            .Select(p => diff.Find(old, p.Key))
            .OfType<(int Start, int End)>()
            .OrderBy(at => diff.HunkAt(old, at.Start, at.End) is null)
            .ThenBy(at => at.Start)
            .ToList();
        return found.Count == 0 ? "" : SummarySignals.Quoted(diff.Side(old).Quote(found[0].Start, found[0].End, words, words / 2));
    }
}

using Clauseline.Changes;

namespace Clauseline.Records;

/// <summary>
/// Negations added or removed. A "not" put in or taken out on its own reverses the clause, and after a modal it
/// turns a permission or a duty into a prohibition (or back); one that came with new wording is a negative qualifier
/// ("without notice"), which matters less than a changed number. A negation inside a newly added duty or right is
/// left to that duty or right.
/// </summary>
internal static class SummaryNegations
{
    /// <summary>Words that come with a negation without changing what is negated ("do not", "is not").</summary>
    private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal) { "do", "does", "did", "is", "are", "be", "been" };

    /// <summary>The findings for the negation signals in <paramref name="signals"/>, which are taken out of it with any modal shift read together with them.</summary>
    public static List<SummaryFinding> Take(List<ChangeSignal> signals, SummaryDiff diff, int words)
    {
        var findings = new List<SummaryFinding>();
        foreach (var signal in signals.Where(s => s.Kind is ChangeKind.NegationAdded or ChangeKind.NegationRemoved).ToList())
        {
            signals.Remove(signal);
            if (Describe(signal, signals, diff, words) is { } finding)
                findings.Add(finding);
        }
        return findings;
    }

    private static SummaryFinding? Describe(ChangeSignal signal, List<ChangeSignal> signals, SummaryDiff diff, int words)
    {
        var added = signal.Kind == ChangeKind.NegationAdded;
        var side = !added; // the side that has the negation: new when added, old when removed
        var text = diff.Side(side);
        var phrase = added ? signal.New : signal.Old;
        if (diff.Find(side, phrase) is not { } at)
            return Plain(added, phrase);
        var index = Enumerable.Range(at.Start, at.End - at.Start).FirstOrDefault(i => SignalVocabulary.Negations.Contains(text.Words[i]), at.Start);
        var negation = text.Span(index, index + 1);
        var hunk = diff.HunkAt(side, index, index + 1);
        var cue = SummaryStatements.CueBefore(text, index);
        if (hunk is not null && signals.Any(s => IsDuty(s, added) && diff.Find(side, added ? s.New : s.Old) is { } duty && diff.HunkAt(side, duty.Start, duty.End) == hunk))
            return null; // "must not share …" arrived or went with its duty or right, whose own finding says so.
        if (hunk is null)
            return Plain(added, phrase);
        var (oldQuote, newQuote) = diff.Pair(hunk, words);
        if (cue is { } modal && signals.FirstOrDefault(s => s.Kind == ChangeKind.ModalShift && (added ? s.New : s.Old) == modal.Key) is { } shift)
        {
            signals.Remove(shift);
            var other = added ? shift.Old! : shift.New!;
            var negated = $"'{modal.Key} {text.Words[index]}'";
            var (from, to) = added ? ($"'{other}'", negated) : (negated, $"'{other}'");
            var turned = added
                ? $"turning {Role(other, text, modal.Start)} into a prohibition"
                : $"turning a prohibition into {Role(other, text, modal.Start)}";
            return new SummaryFinding(SummaryFinding.Negation, $"Replaced {from} with {to}, {turned}: '{newQuote}'", $"replaced {from} with {to}");
        }
        var changed = added ? hunk.NewEnd - hunk.NewStart : hunk.OldEnd - hunk.OldStart;
        var counterpart = added ? hunk.OldEnd - hunk.OldStart : hunk.NewEnd - hunk.NewStart;
        var run = Enumerable.Range(added ? hunk.NewStart : hunk.OldStart, changed).Select(i => text.Words[i]);
        var reverses = counterpart <= 1 && run.All(w => SignalVocabulary.Negations.Contains(w) || Auxiliaries.Contains(w));
        if (reverses)
        {
            var effect = cue is { } m ? Effect(m, text, added) : "reversing the clause";
            var verb = added ? "Added" : "Removed";
            return new SummaryFinding(SummaryFinding.Negation, $"{verb} the negation '{negation}', {effect}: '{oldQuote}' now reads '{newQuote}'", $"{verb.ToLowerInvariant()} the negation '{negation}'");
        }
        var wording = added ? diff.New.Span(hunk.NewStart, hunk.NewEnd, words) : diff.Old.Span(hunk.OldStart, hunk.OldEnd, words);
        return added
            ? new SummaryFinding(SummaryFinding.NegativeWording, $"Added the negative wording '{wording}': '{newQuote}'", $"added the negative wording '{wording}'")
            : new SummaryFinding(SummaryFinding.NegativeWording, $"Removed the negative wording '{wording}' from '{oldQuote}'", $"removed the negative wording '{wording}'");
    }

    private static bool IsDuty(ChangeSignal s, bool added) => added
        ? s.Kind is ChangeKind.ObligationAdded or ChangeKind.RightAdded
        : s.Kind is ChangeKind.ObligationRemoved or ChangeKind.RightRemoved;

    /// <summary>What adding or removing "not" after a modal does: a permission becomes a prohibition, a duty too; "we will not" reverses a commitment.</summary>
    private static string Effect((int Start, string Key) modal, SummaryText text, bool added)
    {
        var role = Role(modal.Key, text, modal.Start);
        if (role == "a commitment")
            return "reversing the commitment";
        if (role == "a recommendation")
            return "reversing the recommendation";
        return added ? $"turning {role} into a prohibition" : $"turning a prohibition into {role}";
    }

    private static string Role(string key, SummaryText text, int start)
    {
        var role = SignalVocabulary.Modals.TryGetValue(key, out var cue) ? cue.Role : CueRole.None;
        var we = text.SubjectBefore(start) is var j and >= 0 && text.Words[j] == "we";
        return role switch
        {
            CueRole.Obligation => we ? "a commitment" : "a duty",
            CueRole.Right => "a permission",
            _ => "a recommendation",
        };
    }

    private static SummaryFinding Plain(bool added, string? phrase) => added
        ? new SummaryFinding(SummaryFinding.Negation, $"Added a negation: '{phrase}'", $"added a negation ('{phrase}')")
        : new SummaryFinding(SummaryFinding.Negation, $"Removed a negation: '{phrase}'", $"removed a negation ('{phrase}')");
}

using Clauseline.Changes;

namespace Clauseline.Records;

/// <summary>
/// The findings of a reworded provision, most important first: negations, duties and rights, modal shifts,
/// periods, numbers, parties, defined terms, dates, statements that bind no one and, when none of these was
/// found, the other wording.
/// </summary>
internal static class SummarySignals
{
    public static List<SummaryFinding> Findings(IEnumerable<ChangeSignal> all, SummaryDiff diff, int words)
    {
        // Other wording where no word changed is a marker, not a rewording: the recorder gives a moved provision one.
        var signals = all.Where(s => !s.Kind.IsCosmetic() && (s.Kind != ChangeKind.OtherWording || diff.WordsChanged)).ToList();
        var findings = SummaryNegations.Take(signals, diff, words);
        // A defined term dropped and another brought in by the same rewording is one term renamed.
        if (signals.FirstOrDefault(s => s.Kind == ChangeKind.DefinedTermRemoved) is { } dropped
            && signals.FirstOrDefault(s => s.Kind == ChangeKind.DefinedTermAdded) is { } brought)
        {
            signals.Remove(dropped);
            signals.Remove(brought);
            findings.Add(Renamed(dropped.Old!, brought.New!, diff, words));
        }
        var found = signals.Select(s => s.Kind switch
        {
            ChangeKind.ModalShift => Modal(s, diff, words),
            ChangeKind.ObligationAdded or ChangeKind.ObligationRemoved or ChangeKind.RightAdded or ChangeKind.RightRemoved => DutyOrRight(s, diff, words),
            ChangeKind.PeriodLengthened or ChangeKind.PeriodShortened => SummaryQuantities.Period(s, diff, words),
            ChangeKind.NumberChanged => SummaryQuantities.Number(s, diff, words),
            ChangeKind.PartiesWidened or ChangeKind.PartiesNarrowed => SummaryParties.Describe(s, diff, words),
            ChangeKind.DefinedTermAdded or ChangeKind.DefinedTermRemoved => DefinedTerm(s, diff, words),
            _ => SummaryWording.Describe(s, diff, words),
        });
        var every = findings.Concat(found.OfType<SummaryFinding>()).ToList();
        // Every signal turned out to be none (the month May read as "may"): what changed is wording.
        if (every.Count == 0 && signals.Count > 0 && diff.WordsChanged)
            every.Add(SummaryWording.Describe(new ChangeSignal(ChangeKind.OtherWording), diff, words));
        // A date whose day and year both changed is two number signals and one finding.
        return [.. every.Where((f, i) => f.Rank != SummaryFinding.Date || every.FindIndex(g => g.Lead == f.Lead) == i).OrderBy(f => f.Rank)];
    }

    private static SummaryFinding? Modal(ChangeSignal s, SummaryDiff diff, int words)
    {
        var at = diff.Find(false, s.New);
        if (at is { } m && SummaryStatements.NotACue(diff.New, m.Start, m.End, s.New!))
            return null;
        var we = at is { } a && diff.New.SubjectBefore(a.Start) is var j and >= 0 && diff.New.Words[j] == "we";
        var (from, to) = (Role(s.Old), Role(s.New));
        var verb = s.Direction switch
        {
            ChangeDirection.Strengthens => "Strengthened",
            ChangeDirection.Weakens => "Weakened",
            _ => "Changed",
        };
        var duty = we ? "commitment" : "duty";
        var effect = from != to ? $"turning {Noun(from, we)} into {Noun(to, we)}"
            : s.Direction == ChangeDirection.Strengthens ? $"making the {duty} stricter"
            : $"softening the {duty}";
        var quote = at is { } p ? SummaryStatements.Quote(diff.New, p.Start, p.End, words) : null;
        return new SummaryFinding(SummaryFinding.Modal, $"{verb} '{s.Old}' to '{s.New}', {effect}{Quoted(quote)}", $"{verb.ToLowerInvariant()} '{s.Old}' to '{s.New}'");
    }

    /// <summary>A duty or right added or removed, named by what it makes of its sentence; the signals' cue may be none (the month May).</summary>
    private static SummaryFinding? DutyOrRight(ChangeSignal s, SummaryDiff diff, int words)
    {
        var added = s.Kind is ChangeKind.ObligationAdded or ChangeKind.RightAdded;
        var text = diff.Side(!added);
        var phrase = (added ? s.New : s.Old) ?? "";
        var at = diff.Find(!added, phrase);
        var cue = SummaryStatements.CueOf(phrase);
        string? noun = null;
        if (at is { } a && cue is not null)
        {
            var end = a.Start + cue.Split(' ').Length;
            if (SummaryStatements.NotACue(text, a.Start, end, cue))
                return null;
            noun = SummaryStatements.Noun(text, a.Start, end, cue);
        }
        noun ??= s.Kind is ChangeKind.ObligationAdded or ChangeKind.ObligationRemoved ? SummaryStatements.Obligation : SummaryStatements.Right;
        var rank = noun == SummaryStatements.Statement ? SummaryFinding.Statement : SummaryFinding.DutyOrRight;
        var quote = at is { } p ? SummaryStatements.Quote(text, p.Start, p.End, words) : phrase;
        var span = at is { } q ? text.Span(q.Start, q.End) : phrase;
        return added
            ? new SummaryFinding(rank, $"Added {SummaryStatements.WithArticle(noun)}: '{quote}'", $"added {SummaryStatements.WithArticle(noun)} '{span}'")
            : new SummaryFinding(rank, $"Removed the {noun} '{quote}'", $"removed the {noun} '{span}'");
    }

    private static SummaryFinding DefinedTerm(ChangeSignal s, SummaryDiff diff, int words)
    {
        if (s.Kind == ChangeKind.DefinedTermAdded)
        {
            var quote = diff.Find(false, s.New) is { } at ? diff.New.Quote(at.Start, at.End, words, words) : null;
            return new SummaryFinding(SummaryFinding.DefinedTerm, $"Added the defined term '{s.New}'{Quoted(quote)}", $"added the defined term '{s.New}'");
        }
        // The term is gone from the definition; what the clause says in its place is on the new side.
        var now = diff.Find(true, s.Old) is { } was ? diff.New.SentenceStart(diff.Across(true, was.Start)) : 0;
        var rest = diff.New.Count == 0 ? null : diff.New.Quote(now, now + 1, words, 0, fill: false);
        return new SummaryFinding(SummaryFinding.DefinedTerm, $"Removed the defined term '{s.Old}'{(rest is null ? "" : $"; the clause now reads '{rest}'")}", $"removed the defined term '{s.Old}'");
    }

    private static SummaryFinding Renamed(string old, string @new, SummaryDiff diff, int words)
    {
        var quote = diff.Find(false, @new) is { } at ? diff.New.Quote(at.Start, at.End, words, words) : null;
        return new SummaryFinding(SummaryFinding.DefinedTerm, $"Renamed the defined term '{old}' to '{@new}'{Quoted(quote)}", $"renamed the defined term '{old}' to '{@new}'");
    }

    private static CueRole Role(string? key) =>
        key is not null && SignalVocabulary.Modals.TryGetValue(key, out var cue) ? cue.Role : CueRole.None;

    private static string Noun(CueRole role, bool we) => role switch
    {
        CueRole.Obligation => we ? "a commitment" : "a duty",
        CueRole.Right => "a permission",
        _ => "a recommendation",
    };

    public static string Quoted(string? quote) => string.IsNullOrEmpty(quote) ? "" : $": '{quote}'";
}

namespace Clauseline.Changes;

/// <summary>
/// Judges one provision change: cosmetic when only numbering, dates of revision, link targets, spacing,
/// punctuation, formatting or case changed, substantive otherwise, with the signals that say why.
/// </summary>
public static class Significance
{
    public static ProvisionSignificance Assess(string oldText, string newText)
    {
        var old = ComparableText.Read(oldText);
        var @new = ComparableText.Read(newText);
        var signals = new List<ChangeSignal>();
        signals.AddRange(CosmeticSignals.Structural(old, @new));
        // Quoting a term to define it changes no word, so defined terms are looked for before words are compared.
        signals.AddRange(DefinedTermSignals.Find(old.Rest, @new.Rest));
        if (old.Tokens.SequenceEqual(@new.Tokens))
        {
            signals.AddRange(CosmeticSignals.Presentation(old.Rest, @new.Rest));
            return ProvisionSignificance.From(signals);
        }
        var diff = TokenDiff.Of(old, @new);
        var found = ModalSignals.Find(diff)
            .Concat(NegationSignals.Find(diff))
            .Concat(PartySignals.Find(diff))
            .Concat(QuantitySignals.Find(diff))
            .ToList();
        signals.AddRange(found);
        if (!signals.Any(s => !s.Kind.IsCosmetic()))
            signals.Add(OtherWording(diff));
        return ProvisionSignificance.From(signals);
    }

    private static ChangeSignal OtherWording(TokenDiff diff)
    {
        const int Shown = 12;
        var removed = diff.Hunks.SelectMany(h => diff.Old.Skip(h.OldStart).Take(h.OldEnd - h.OldStart)).Take(Shown).ToList();
        var added = diff.Hunks.SelectMany(h => diff.New.Skip(h.NewStart).Take(h.NewEnd - h.NewStart)).Take(Shown).ToList();
        return new ChangeSignal(
            ChangeKind.OtherWording,
            removed.Count == 0 ? null : string.Join(' ', removed),
            added.Count == 0 ? null : string.Join(' ', added));
    }
}

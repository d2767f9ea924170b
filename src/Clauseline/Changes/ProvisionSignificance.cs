namespace Clauseline.Changes;

/// <summary>How much one provision change matters: its level and the signals that decided it, in text order by group.</summary>
public sealed record ProvisionSignificance(SignificanceLevel Level, IReadOnlyList<ChangeSignal> Signals)
{
    public static ProvisionSignificance From(IReadOnlyList<ChangeSignal> signals) =>
        new(signals.Any(s => !s.Kind.IsCosmetic()) ? SignificanceLevel.Substantive : SignificanceLevel.Cosmetic, signals);
}

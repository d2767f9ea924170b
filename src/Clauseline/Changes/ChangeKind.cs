namespace Clauseline.Changes;

/// <summary>What one signal found in a provision change; <see cref="ChangeKinds.IsCosmetic"/> tells the two groups apart.</summary>
public enum ChangeKind
{
    ModalShift,
    NegationAdded,
    NegationRemoved,
    PartiesWidened,
    PartiesNarrowed,
    NumberChanged,
    PeriodLengthened,
    PeriodShortened,
    DefinedTermAdded,
    DefinedTermRemoved,
    ObligationAdded,
    ObligationRemoved,
    RightAdded,
    RightRemoved,
    OtherWording,

    Whitespace,
    Punctuation,
    Casing,
    Renumbered,
    LastUpdatedDate,
    LinkTarget,
    Formatting,
}

namespace Clauseline.Changes;

/// <summary>What a modal cue grants: a duty ("must"), a permission ("may") or neither ("should").</summary>
internal enum CueRole
{
    None,
    Obligation,
    Right,
}

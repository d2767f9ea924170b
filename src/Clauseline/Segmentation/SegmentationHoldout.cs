namespace Clauseline.Segmentation;

/// <summary>
/// The documents of the CLAUDETTE corpus held out from rule writing. This list was fixed before any rule of the
/// splitter was written, by a seeded random sample (seed 20261126) of 10 of the 40 documents; rules are written
/// and tuned against the other 30 only, and these are read once, to measure the finished rules.
/// </summary>
public static class SegmentationHoldout
{
    public static IReadOnlySet<string> Documents { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "Endomondo", "Garmin", "Google", "Microsoft", "Mozilla", "PayPal", "Quora", "Tripadvisor", "Twitch", "WorldOfWarcraft",
    };
}

namespace Clauseline.Records;

/// <summary>One word of a <see cref="SummaryText"/>: compared lower-case, quoted from [<see cref="Start"/>, <see cref="End"/>) of the plain text.</summary>
internal readonly record struct SummaryToken(string Word, int Start, int End);

namespace Clauseline.Segmentation;

/// <summary>A sentence as UTF-16 offsets into the text it came from: <see cref="End"/> is exclusive and neither end is whitespace.</summary>
public readonly record struct SentenceSpan(int Start, int End)
{
    public int Length => End - Start;

    public string Of(string text) => text[Start..End];
}

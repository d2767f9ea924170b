namespace Clauseline.Segmentation;

/// <summary>
/// Splits legal text into sentences, as offsets into the text exactly as given. Blocks come first (a blank
/// line always ends a sentence; a single line break does too unless the text is wrapped at a fixed width and
/// the sentence visibly goes on), then each block is cut at sentence punctuation that <see cref="SentenceEnds"/>
/// accepts. One pass over the text, no regular expressions.
/// </summary>
public static class SentenceSplitter
{
    public static IReadOnlyList<SentenceSpan> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<SentenceSpan>(text.Length / 80 + 1);
        var lines = TextLines.Split(text);
        var wrapped = TextLines.IsWrapped(text, lines);
        var maxWidth = wrapped ? TextLines.MaxWidth(lines) : 0;
        var blockStart = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Blank)
                continue;
            if (blockStart < 0)
                blockStart = line.TrimmedStart;
            var next = i + 1 < lines.Count ? lines[i + 1] : default;
            if (wrapped && i + 1 < lines.Count && !next.Blank && TextLines.Continues(text, line, next, maxWidth))
                continue;
            SplitBlock(text, blockStart, line.TrimmedEnd, sentences);
            blockStart = -1;
        }
        return sentences;
    }

    /// <summary>Cuts one block (trimmed, possibly several wrapped lines) at the ends of its sentences.</summary>
    private static void SplitBlock(string text, int start, int end, List<SentenceSpan> sentences)
    {
        var sentenceStart = start;
        var i = start;
        while (i < end)
        {
            if (!SentenceEnds.IsTerminal(text[i]))
            {
                i++;
                continue;
            }
            var after = SentenceEnds.AfterPunctuation(text, i, end);
            if (after < end && SentenceEnds.IsBoundary(text, sentenceStart, i, after, end))
            {
                sentences.Add(new SentenceSpan(sentenceStart, after));
                sentenceStart = after;
                while (sentenceStart < end && char.IsWhiteSpace(text[sentenceStart]))
                    sentenceStart++;
            }
            i = after;
        }
        if (sentenceStart < end)
            sentences.Add(new SentenceSpan(sentenceStart, end));
    }
}

using Clauseline.Changes;

namespace Clauseline.Records;

/// <summary>
/// A word-level diff of two provision texts for a reader: words compared exactly (case and punctuation count, so
/// the diff shows every edit), the spacing of each side kept, runs of one kind merged.
/// </summary>
public static class ProvisionDiff
{
    public static IReadOnlyList<DiffSegment> Compute(string oldText, string newText)
    {
        ArgumentNullException.ThrowIfNull(oldText);
        ArgumentNullException.ThrowIfNull(newText);
        var old = Units(oldText);
        var @new = Units(newText);
        var hunks = WordDiff.Compute(old.Select(u => u.Word).ToList(), @new.Select(u => u.Word).ToList());
        var segments = new List<DiffSegment>();
        var y = 0;
        foreach (var hunk in hunks)
        {
            Add(segments, DiffOperation.Equal, @new, y, hunk.NewStart);
            Add(segments, DiffOperation.Deleted, old, hunk.OldStart, hunk.OldEnd);
            Add(segments, DiffOperation.Inserted, @new, hunk.NewStart, hunk.NewEnd);
            y = hunk.NewEnd;
        }
        Add(segments, DiffOperation.Equal, @new, y, @new.Count);
        return segments;
    }

    private static void Add(List<DiffSegment> segments, DiffOperation operation, List<(string Word, string Text)> units, int from, int to)
    {
        if (from >= to)
            return;
        var text = string.Concat(units.Skip(from).Take(to - from).Select(u => u.Text));
        if (segments.Count > 0 && segments[^1].Operation == operation)
            segments[^1] = segments[^1] with { Text = segments[^1].Text + text };
        else
            segments.Add(new DiffSegment(operation, text));
    }

    /// <summary>The words of a text, each with the whitespace before it, so that joining the units gives the text back.</summary>
    private static List<(string Word, string Text)> Units(string text)
    {
        var units = new List<(string, string)>();
        var i = 0;
        while (i < text.Length)
        {
            var start = i;
            while (i < text.Length && char.IsWhiteSpace(text[i]))
                i++;
            var wordStart = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
                i++;
            if (wordStart == i)
            {
                // Trailing whitespace joins the last unit.
                if (units.Count > 0)
                    units[^1] = (units[^1].Item1, units[^1].Item2 + text[start..i]);
                break;
            }
            units.Add((text[wordStart..i], text[start..i]));
        }
        return units;
    }
}

namespace Clauseline.Records;

/// <summary>The opening of a line for a provision moved elsewhere, split into several or merged from several.</summary>
internal static class SummaryMoves
{
    public static string Moved(SummaryDiff diff, Placement? oldPlace, Placement? newPlace, int words)
    {
        var what = Provision((diff.New.Count > 0 ? diff.New : diff.Old).Opening(words));
        var from = SummaryPlace.Name(oldPlace, diff);
        var to = SummaryPlace.Name(newPlace, diff);
        return from == to ? $"Moved {what} within {to}" : $"Moved {what} from {from} to {to}";
    }

    public static string Split(SummaryDiff diff, string? newText, int words) =>
        $"Split {Provision(diff.Old.Opening(words))} into {Parts(newText)} provisions";

    public static string Merged(SummaryDiff diff, string? oldText, int words) =>
        $"Merged {Parts(oldText)} provisions starting '{diff.New.Opening(words)}' into one";

    /// <summary>"the provision '…'" by its first words, or one without words (a link or an image).</summary>
    private static string Provision(string opening) => opening.Length == 0 ? "a provision without words" : $"the provision '{opening}'";

    /// <summary>How many provisions a split or merge side holds: its texts are joined by a blank line.</summary>
    public static int Parts(string? text) => Math.Max(2, (text ?? "").Split("\n\n").Count(p => p.Trim().Length > 0));
}

using DiffPlex;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace Clauseline.Diffing;

/// <summary>
/// A line diff with words marked inside changed lines, computed by DiffPlex and turned into rows that
/// the terminal and the web show inline or side by side.
/// </summary>
public sealed record TextDiff(IReadOnlyList<DiffRow> Rows)
{
    // Blank lines come and go with the paragraphs around them; they are not counted as changes of their own.
    public int Added => Rows.Count(r => r.Kind == DiffKind.Added && !string.IsNullOrWhiteSpace(r.NewLine));

    public int Removed => Rows.Count(r => r.Kind == DiffKind.Removed && !string.IsNullOrWhiteSpace(r.OldLine));

    public int Modified => Rows.Count(r => r.Kind == DiffKind.Modified);

    /// <summary>"1 line changed, 2 added, 0 removed".</summary>
    public string Summary => $"{Modified} {(Modified == 1 ? "line" : "lines")} changed, {Added} added, {Removed} removed";

    public bool IsEmpty => Rows.All(r => r.Kind == DiffKind.Same);

    public static TextDiff Compute(string oldText, string newText)
    {
        var model = SideBySideDiffBuilder.Diff(new Differ(), oldText, newText, ignoreWhiteSpace: false, ignoreCase: false);
        var rows = new List<DiffRow>(model.OldText.Lines.Count);
        for (var i = 0; i < model.OldText.Lines.Count; i++)
        {
            var left = model.OldText.Lines[i];
            var right = model.NewText.Lines[i];
            var kind = (left.Type, right.Type) switch
            {
                (ChangeType.Unchanged, ChangeType.Unchanged) => DiffKind.Same,
                (ChangeType.Deleted, ChangeType.Imaginary) => DiffKind.Removed,
                (ChangeType.Imaginary, ChangeType.Inserted) => DiffKind.Added,
                (ChangeType.Deleted, _) when right.Type != ChangeType.Imaginary => DiffKind.Modified,
                _ => left.Type == ChangeType.Imaginary ? DiffKind.Added : right.Type == ChangeType.Imaginary ? DiffKind.Removed : DiffKind.Modified,
            };
            var oldLine = left.Type == ChangeType.Imaginary ? null : left.Text;
            var newLine = right.Type == ChangeType.Imaginary ? null : right.Text;
            rows.Add(new DiffRow(kind, left.Position, right.Position, oldLine, newLine,
                Pieces(left, oldLine, kind == DiffKind.Same ? DiffKind.Same : DiffKind.Removed),
                Pieces(right, newLine, kind == DiffKind.Same ? DiffKind.Same : DiffKind.Added)));
        }
        return new TextDiff(rows);
    }

    /// <summary>The rows to show: every change, with <paramref name="context"/> unchanged lines around each; null entries mark skipped runs.</summary>
    public IReadOnlyList<DiffRow?> WithContext(int context)
    {
        var keep = new bool[Rows.Count];
        for (var i = 0; i < Rows.Count; i++)
        {
            if (Rows[i].Kind == DiffKind.Same)
                continue;
            for (var j = Math.Max(0, i - context); j <= Math.Min(Rows.Count - 1, i + context); j++)
                keep[j] = true;
        }
        var shown = new List<DiffRow?>();
        for (var i = 0; i < Rows.Count; i++)
        {
            if (keep[i])
                shown.Add(Rows[i]);
            else if (shown.Count == 0 || shown[^1] is not null)
                shown.Add(null);
        }
        return shown;
    }

    private static List<DiffPiece> Pieces(DiffPlex.DiffBuilder.Model.DiffPiece line, string? text, DiffKind whole)
    {
        if (text is null)
            return [];
        if (line.Type != ChangeType.Modified || line.SubPieces.Count == 0)
            return [new DiffPiece(text, whole)];
        var pieces = new List<DiffPiece>();
        foreach (var sub in line.SubPieces)
        {
            if (sub.Type == ChangeType.Imaginary || sub.Text is null)
                continue;
            var kind = sub.Type switch
            {
                ChangeType.Deleted => DiffKind.Removed,
                ChangeType.Inserted => DiffKind.Added,
                _ => DiffKind.Same,
            };
            if (pieces.Count > 0 && pieces[^1].Kind == kind)
                pieces[^1] = pieces[^1] with { Text = pieces[^1].Text + sub.Text };
            else
                pieces.Add(new DiffPiece(sub.Text, kind));
        }
        return pieces;
    }
}

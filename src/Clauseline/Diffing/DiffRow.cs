namespace Clauseline.Diffing;

/// <summary>One aligned row of a line diff: the old line and the new line (either may be absent) with their word pieces.</summary>
public sealed record DiffRow(DiffKind Kind, int? OldNumber, int? NewNumber, string? OldLine, string? NewLine, IReadOnlyList<DiffPiece> OldPieces, IReadOnlyList<DiffPiece> NewPieces)
{
    /// <summary>The row as one line read old then new: kept words once, removed words where they were, added words after them.</summary>
    public IReadOnlyList<DiffPiece> Merged()
    {
        var merged = new List<DiffPiece>();
        int i = 0, j = 0;
        while (i < OldPieces.Count || j < NewPieces.Count)
        {
            if (i < OldPieces.Count && OldPieces[i].Kind == DiffKind.Removed)
            {
                merged.Add(OldPieces[i++]);
            }
            else if (j < NewPieces.Count && NewPieces[j].Kind == DiffKind.Added)
            {
                merged.Add(NewPieces[j++]);
            }
            else
            {
                merged.Add(j < NewPieces.Count ? NewPieces[j] : OldPieces[i]);
                i++;
                j++;
            }
        }
        return merged;
    }
}

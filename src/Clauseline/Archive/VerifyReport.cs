namespace Clauseline.Archive;

/// <summary>The result of recomputing the hash chains and snapshot hashes of some documents.</summary>
public sealed record VerifyReport(int Documents, int Versions, int Snapshots, IReadOnlyList<string> Problems, IReadOnlyDictionary<string, string> Heads)
{
    public bool Intact => Problems.Count == 0;
}

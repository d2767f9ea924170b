using Clauseline.Archive;
using Clauseline.Storage;

namespace Clauseline.Reports;

/// <summary>
/// Checks a report against the archive: each document exists; its chain recomputes intact from the first version
/// through every version the report cites; the version in force has the report's id, number, date, text hash and
/// chain hash and is the latest at or before the report's date; every provision's text hashes to its recorded
/// SHA-256 and is exactly the version's text at its offsets; the history lists exactly the versions up to the date,
/// with the same hashes; and each head cited still has its chain hash. The analysis is an interpretation and is not checked.
/// </summary>
public sealed class ReportVerifier(Store store)
{
    public async Task<ReportVerification> VerifyAsync(AuditReport report, ReportParts parts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        var (checkedLines, problems) = (new List<string>(), new List<string>());
        foreach (var d in report.Documents)
        {
            var platform = await store.FindPlatformAsync(d.Platform, cancellationToken);
            var document = platform is null ? null : await store.FindDocumentAsync(platform.Id, d.Type, cancellationToken);
            if (document is null || document.PlatformSlug != d.Platform || document.TypeId != d.Type)
            {
                problems.Add($"{d.Key}: the archive has no such document");
                continue;
            }
            var versions = new List<(DocumentVersion Version, IReadOnlyList<string> Snapshots)>();
            await foreach (var (_, version, snapshots) in store.ExportAsync([document], cancellationToken))
                versions.Add((version, snapshots));
            var check = new DocumentCheck(d, [.. versions.Select(v => v.Version)], report.AsOf, problems);
            var cited = (parts.HasFlag(ReportParts.InForce) ? [d.InForce?.Seq ?? 0] : Array.Empty<int>())
                .Concat(parts.HasFlag(ReportParts.History) ? d.History.Select(h => h.Seq) : []).DefaultIfEmpty(0).Max();
            var chained = Chain(document, versions, cited, problems);
            var said = new List<string>();
            if (chained > 0)
                said.Add($"chain intact over versions 1-{chained}");
            if (parts.HasFlag(ReportParts.InForce))
                said.Add(check.InForce());
            if (parts.HasFlag(ReportParts.History))
                said.Add(check.History());
            checkedLines.Add($"{d.Key}: {string.Join("; ", said)}");
        }
        if (parts.HasFlag(ReportParts.Heads))
        {
            foreach (var head in report.ArchiveHeads)
            {
                var version = await store.GetVersionAsync(head.VersionId, cancellationToken);
                if (version is null)
                    problems.Add($"head of {head.Document}: version {head.VersionId} is not in the archive");
                else if (version.ChainHash != head.ChainHash || version.Seq != head.Seq)
                    problems.Add($"head of {head.Document}: version {head.VersionId} has chain hash {version.ChainHash} (seq {version.Seq}), the report says {head.ChainHash} (seq {head.Seq})");
            }
            if (report.ArchiveHeads.Count > 0)
                checkedLines.Add(report.ArchiveHeads.Count == 1 ? "1 archive head found with the same chain hash" : $"{report.ArchiveHeads.Count} archive heads found with the same chain hashes");
        }
        return new ReportVerification(checkedLines, problems);
    }

    /// <summary>Recomputes the chain from the first version through <paramref name="through"/>; returns how far it held.</summary>
    private static int Chain(Document document, List<(DocumentVersion Version, IReadOnlyList<string> Snapshots)> versions, int through, List<string> problems)
    {
        var previous = Hashing.Genesis;
        var held = 0;
        foreach (var (v, snapshots) in versions.TakeWhile(v => v.Version.Seq <= through))
        {
            var where = $"{document.Key} version {v.Seq} (id {v.Id})";
            if (v.Seq != held + 1)
            {
                problems.Add($"{where}: expected version number {held + 1}: the archive's chain has a gap before it");
                return held;
            }
            if (Hashing.Sha256(v.Text) != v.TextSha256)
            {
                problems.Add($"{where}: the archived text does not match its recorded hash: the archive was altered");
                return held;
            }
            if (Hashing.Chain(previous, document.Key, v.Seq, v.RecordedAt, v.Kind, v.Origin, v.TextSha256, snapshots) != v.ChainHash)
            {
                problems.Add($"{where}: the archive's chain hash does not recompute: the chain is broken at or before this version");
                return held;
            }
            previous = v.ChainHash;
            held = v.Seq;
        }
        return held;
    }
}

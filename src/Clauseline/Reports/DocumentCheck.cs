using Clauseline.Archive;

namespace Clauseline.Reports;

/// <summary>The checks of one document of a report against its archived versions; each mismatch is added to the problems by name.</summary>
internal sealed class DocumentCheck(ReportDocument report, IReadOnlyList<DocumentVersion> versions, DateTimeOffset asOf, List<string> problems)
{
    private readonly Dictionary<long, DocumentVersion> _byId = versions.ToDictionary(v => v.Id);

    public string InForce()
    {
        var expected = versions.LastOrDefault(v => v.RecordedAt <= asOf);
        if (report.InForce is not { } cited)
        {
            if (expected is not null)
                problems.Add($"{report.Key}: the report says no version was in force, but version {expected.Seq} (id {expected.Id}) was recorded {AuditReportCsv.Time(expected.RecordedAt)}");
            return "no version in force, as the archive agrees";
        }
        if (!Same($"{report.Key} version in force", cited.VersionId, cited.Seq, cited.RecordedAt, cited.Kind, cited.TextSha256, cited.ChainHash, out var version))
            return $"version in force (id {cited.VersionId}) does not match";
        if (expected is not null && expected.Id != version.Id)
            problems.Add($"{report.Key}: version {version.Seq} (id {version.Id}) is cited as in force, but version {expected.Seq} (id {expected.Id}) was the latest recorded at or before {AuditReportCsv.Time(asOf)}");
        var found = 0;
        foreach (var p in report.Provisions)
        {
            var name = $"{report.Key} provision {p.Id ?? "(no id)"}{(p.Number is null ? "" : $" ({p.Number})")}";
            if (Hashing.Sha256(p.Text) != p.TextSha256)
            {
                problems.Add($"{name}: its text does not hash to the SHA-256 the report gives ({p.TextSha256}): the text or the hash was altered");
                continue;
            }
            var fits = p.Start >= 0 && p.End <= version.Text.Length && p.Start <= p.End;
            if (!fits || !version.Text.AsSpan(p.Start, p.End - p.Start).SequenceEqual(p.Text))
            {
                problems.Add($"{name}: its text is not the text of version {version.Seq} (id {version.Id}) at {p.Start}-{p.End}");
                continue;
            }
            found++;
        }
        return $"version {version.Seq} (id {version.Id}) in force with the same hashes; {found} of {report.Provisions.Count} provision texts found verbatim in it by hash";
    }

    public string History()
    {
        var matched = 0;
        foreach (var h in report.History)
        {
            if (Same($"{report.Key} history entry", h.VersionId, h.Seq, h.RecordedAt, h.Kind, h.TextSha256, h.ChainHash, out _))
                matched++;
        }
        var listed = report.History.Select(h => h.VersionId).ToHashSet();
        foreach (var missing in versions.Where(v => v.RecordedAt <= asOf && !listed.Contains(v.Id)))
            problems.Add($"{report.Key}: the history leaves out version {missing.Seq} (id {missing.Id}), recorded {AuditReportCsv.Time(missing.RecordedAt)}");
        return $"{matched} of {report.History.Count} history versions match";
    }

    private bool Same(string what, long id, int seq, DateTimeOffset recordedAt, string kind, string textSha256, string chainHash, out DocumentVersion version)
    {
        if (!_byId.TryGetValue(id, out version!))
        {
            problems.Add($"{what}: version id {id} is not a version of {report.Key} in the archive");
            return false;
        }
        var differences = new List<string>();
        if (version.Seq != seq)
            differences.Add($"number {seq}, archive {version.Seq}");
        if (version.RecordedAt != recordedAt)
            differences.Add($"recorded_at {AuditReportCsv.Time(recordedAt)}, archive {AuditReportCsv.Time(version.RecordedAt)}");
        if (kind.Length > 0 && version.Kind != kind)
            differences.Add($"kind {kind}, archive {version.Kind}");
        if (version.TextSha256 != textSha256)
            differences.Add($"text_sha256 {textSha256}, archive {version.TextSha256}");
        if (version.ChainHash != chainHash)
            differences.Add($"chain_hash {chainHash}, archive {version.ChainHash}");
        if (version.RecordedAt > asOf)
            differences.Add($"recorded after the report's date {AuditReportCsv.Time(asOf)}");
        foreach (var difference in differences)
            problems.Add($"{what} {id}: {difference}");
        return differences.Count == 0;
    }
}

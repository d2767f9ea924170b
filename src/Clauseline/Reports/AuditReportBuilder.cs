using System.Reflection;
using Clauseline.Analysis;
using Clauseline.Archive;
using Clauseline.Records;
using Clauseline.Segmentation;
using Clauseline.Storage;

namespace Clauseline.Reports;

/// <summary>
/// Builds an audit report from the archive: for each document, the latest version recorded at or before the date,
/// its provisions with their stable ids, rated and analysed for the profile, and the versions up to the date with
/// their status as it stood then. Reading a past date gives the same versions, hashes and statuses whenever it runs.
/// </summary>
public sealed class AuditReportBuilder(Store store, ChangeOptions options, ClauseRater rater, TimeProvider time)
{
    /// <summary>The generator named in every report.</summary>
    public const string Generator = "clauseline";

    /// <summary>The version of the library that writes the report (its informational version).</summary>
    public static string GeneratorVersion { get; } =
        typeof(AuditReportBuilder).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(AuditReportBuilder).Assembly.GetName().Version?.ToString() ?? "unknown";

    public async Task<AuditReport> BuildAsync(ReportRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var generatedAt = Hashing.Truncate(time.GetUtcNow());
        var documents = new List<ReportDocument>();
        var heads = new List<ReportHead>();
        foreach (var document in request.Documents)
        {
            var (versions, changes) = await ReadAsync(document, cancellationToken);
            if (versions.Count > 0)
                heads.Add(new ReportHead(document.Key, versions[^1].Id, versions[^1].Seq, versions[^1].ChainHash));
            documents.Add(await DocumentAsync(document, versions, changes, request, generatedAt, cancellationToken));
        }
        var platforms = request.Documents
            .Select(d => new ReportPlatform(d.PlatformSlug, d.PlatformName))
            .Distinct()
            .ToList();
        return new AuditReport(AuditReport.CurrentFormat, generatedAt, Generator, GeneratorVersion, request.Date.Instant, request.Date.Day,
            request.Profile, new ReportScope(request.ScopeTitle, platforms), heads, documents);
    }

    /// <summary>Every version of the document with its change record; a version that lands while reading gets its record on a second pass.</summary>
    private async Task<(List<DocumentVersion> Versions, List<StoredChange> Changes)> ReadAsync(Document document, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            await new ChangeRecorder(store).RecordAsync(document.Id, cancellationToken);
            var versions = new List<DocumentVersion>();
            await foreach (var (_, version, _) in store.ExportAsync([document], cancellationToken))
                versions.Add(version);
            var changes = (await store.GetChangesAsync(document.Id, withRecords: false, cancellationToken)).ToList();
            var recorded = changes.Where(c => c.SubstanceKey is not null).Select(c => c.VersionId).ToHashSet();
            if (versions.All(v => recorded.Contains(v.Id)) || attempt > 0)
                return ([.. versions.Where(v => recorded.Contains(v.Id))], [.. changes.Where(c => recorded.Contains(c.VersionId))]);
        }
    }

    private async Task<ReportDocument> DocumentAsync(Document document, List<DocumentVersion> versions, List<StoredChange> changes, ReportRequest request, DateTimeOffset generatedAt, CancellationToken cancellationToken)
    {
        var asOf = request.Date.Instant;
        var upTo = versions.Where(v => v.RecordedAt <= asOf).ToList();
        if (upTo.Count == 0)
        {
            var when = request.Date.Day ?? asOf.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture);
            var note = versions.Count == 0
                ? $"The archive has no version of this document yet; none was in force on {when}."
                : $"No version of this document had been recorded on or before {when}; the first was recorded {versions[0].RecordedAt.UtcDateTime:yyyy-MM-dd HH:mm} UTC.";
            return new ReportDocument(document.PlatformSlug, document.PlatformName, document.TypeId, document.TypeName, null, note, [], []);
        }
        var inForce = upTo[^1];
        // Statuses as they stood on the date: a version still inside its confirmation window then is pending.
        var known = changes.Where(c => c.RecordedAt <= asOf).ToList();
        var states = Confirmation.Evaluate(known, asOf < generatedAt ? asOf : generatedAt, options.Window);
        var byId = upTo.ToDictionary(v => v.Id);
        var history = known.Select((c, i) => new ReportChange(c.VersionId, c.Seq, c.RecordedAt, c.Kind, states[i].Status.ToString().ToLowerInvariant(),
            states[i].FlipBack, c.Significance, c.Headline, byId[c.VersionId].TextSha256, byId[c.VersionId].ChainHash)).ToList();

        var ids = await store.GetProvisionIdsAsync(inForce.Id, cancellationToken);
        var provisions = ProvisionSplitter.Split(inForce.Text);
        string? problem = null;
        if (ids is null || ids.Count != provisions.Count)
        {
            problem = "The provision ids of this version could not be read; its provisions are listed without them.";
            ids = null;
        }
        var others = request.Documents.Where(d => d.PlatformId == document.PlatformId && d.Id != document.Id).ToList();
        var rated = ProvisionRating.Rate(document, provisions, ids, others, request.Profile, rater, Taxonomy.Default);
        var version = new ReportVersion(inForce.Id, inForce.Seq, inForce.RecordedAt, inForce.Kind, inForce.TextSha256, inForce.ChainHash);
        return new ReportDocument(document.PlatformSlug, document.PlatformName, document.TypeId, document.TypeName, version, problem, rated, history);
    }
}

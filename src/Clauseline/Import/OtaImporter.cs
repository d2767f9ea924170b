using System.Globalization;
using Clauseline.Archive;
using Clauseline.Catalog;
using Clauseline.Extraction;
using Clauseline.Records;
using Clauseline.Storage;

namespace Clauseline.Import;

/// <summary>
/// Imports version histories published in Open Terms Archive's dataset layout,
/// <c>&lt;Service&gt;/&lt;Terms type&gt;/&lt;YYYY-MM-DDTHH-MM-SSZ&gt;.md</c>: each file becomes a version
/// recorded at the file's date, in date order, marked as imported. Services and types are matched to
/// the catalog by name or alias, or created. Importing the same files again adds nothing.
/// </summary>
public sealed class OtaImporter(Store store)
{
    private const string DateFormat = "yyyy-MM-dd'T'HH-mm-ss'Z'";

    public async Task<ImportSummary> ImportAsync(string folder, IProgress<(int Done, int Total)>? progress = null, CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(folder))
            throw new DirectoryNotFoundException($"{folder} is not a folder");
        var problems = new List<string>();
        var histories = new List<(string Service, string Type, List<(DateTimeOffset At, string Path)> Files)>();
        foreach (var serviceFolder in Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal))
        {
            foreach (var typeFolder in Directory.EnumerateDirectories(serviceFolder).Order(StringComparer.Ordinal))
            {
                var files = new List<(DateTimeOffset, string)>();
                foreach (var file in Directory.EnumerateFiles(typeFolder, "*.md"))
                {
                    if (DateTimeOffset.TryParseExact(Path.GetFileNameWithoutExtension(file), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
                        files.Add((at, file));
                    else
                        problems.Add($"{Path.GetRelativePath(folder, file)}: the file name is not a date in the form YYYY-MM-DDTHH-MM-SSZ");
                }
                if (files.Count > 0)
                    histories.Add((Path.GetFileName(serviceFolder), Path.GetFileName(typeFolder), [.. files.OrderBy(f => f.Item1)]));
            }
        }
        var total = histories.Sum(h => h.Files.Count);
        var (done, platforms, documents, versions, skipped, records) = (0, 0, 0, 0, 0, 0);
        var recordsPending = new List<Document>();
        var createdPlatforms = new HashSet<long>();
        foreach (var (service, typeName, files) in histories)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (document, createdPlatform, createdDocument) = await store.EnsureImportedDocumentAsync(service, DocumentTypes.ResolveOrCreate(typeName), cancellationToken);
            if (createdPlatform && createdPlatforms.Add(document.PlatformId))
                platforms++;
            if (createdDocument)
                documents++;
            var batch = new List<NewVersion>(files.Count);
            foreach (var (at, path) in files)
            {
                string text;
                try
                {
                    text = TextNormalizer.Normalize(await File.ReadAllTextAsync(path, cancellationToken));
                }
                catch (IOException e)
                {
                    problems.Add($"{Path.GetRelativePath(folder, path)}: cannot be read ({e.Message})");
                    continue;
                }
                var source = "ota:" + Path.GetRelativePath(folder, path).Replace('\\', '/');
                batch.Add(new NewVersion(VersionKinds.Change, "import", text, at, null, null, null, [], source));
            }
            var (appended, notAppended) = await store.AppendImportedVersionsAsync(document.Id, batch, cancellationToken);
            versions += appended;
            recordsPending.Add(document);
            skipped += notAppended + (files.Count - batch.Count);
            done += files.Count;
            progress?.Report((done, total));
        }
        // Change records are derived: versions are kept even when a record cannot be built (the next run builds
        // what is missing). Documents are independent, so their records are built side by side.
        var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(recordsPending, options, async (document, ct) =>
        {
            try
            {
                Interlocked.Add(ref records, await new ChangeRecorder(store).RecordAsync(document.Id, ct));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                lock (problems)
                    problems.Add($"{document.Key}: change records not built ({e.Message})");
            }
        });
        return new ImportSummary(total, platforms, documents, versions, skipped, problems, records);
    }
}

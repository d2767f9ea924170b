using System.CommandLine;
using System.Globalization;
using Clauseline.App.Terminal;
using Clauseline.Changes;
using Clauseline.Records;

namespace Clauseline.App.Cli;

/// <summary>
/// <c>clauseline changes [platform] [type] [--since DATE] [--json] [--all] [--cosmetic] [--stats]</c>: the change
/// records of the archive, oldest first, with status, flip-back and alert flags.
/// </summary>
public static class ChangesVerb
{
    public static Command Create()
    {
        var platform = new Argument<string?>("platform") { Arity = ArgumentArity.ZeroOrOne, Description = "Platform slug or name (all platforms when omitted)" };
        var type = new Argument<string?>("type") { Arity = ArgumentArity.ZeroOrOne, Description = "Document type" };
        var since = new Option<string?>("--since") { Description = "Only changes recorded on or after this date (ISO 8601, e.g. 2026-01-31 or 2026-01-31T08:00:00Z)" };
        var json = new Option<bool>("--json") { Description = "One JSON object per change" };
        var all = new Option<bool>("--all") { Description = "Include technical upgrades (re-readings of the same page by a newer extractor)" };
        var cosmetic = new Option<bool>("--cosmetic") { Description = "Show cosmetic provision changes in the report" };
        var stats = new Option<bool>("--stats") { Description = "Print counts: transients, returns, cosmetic and substantive changes, alerts" };
        var command = new Command("changes", "List the changes of documents, clause by clause, with their summaries") { platform, type, since, json, all, cosmetic, stats };
        Verb.Run(command, async (result, host, cancellationToken) =>
        {
            var from = ParseSince(result.GetValue(since));
            var history = host.Get<ChangeHistory>();
            var documents = await Lookup.DocumentsAsync(host, result.GetValue(platform), result.GetValue(type), cancellationToken);
            var changes = new List<DocumentChange>();
            foreach (var document in documents)
                changes.AddRange(await history.ForDocumentAsync(document, !result.GetValue(stats), cancellationToken));
            var listed = changes
                .Where(c => !c.IsInitial && (result.GetValue(all) || !c.IsTechnicalUpgrade) && (from is null || c.Version.RecordedAt >= from))
                .OrderBy(c => c.Version.RecordedAt).ThenBy(c => c.Version.VersionId)
                .ToList();
            if (result.GetValue(stats))
            {
                await Console.Out.WriteLineAsync(ChangeStatistics.Of(listed).ToString(result.GetValue(json)));
                return ExitCodes.Ok;
            }
            foreach (var change in listed)
            {
                if (result.GetValue(json))
                {
                    await Console.Out.WriteLineAsync(ChangeOutput.ToJson(change));
                    continue;
                }
                var flags = string.Join(", ", new[]
                {
                    change.State.Status.ToString().ToLowerInvariant(),
                    change.State.FlipBack ? "flip-back" : null,
                    change.State.Alert ? "alert" : null,
                    change.IsTechnicalUpgrade ? "technical upgrade" : null,
                }.OfType<string>());
                var title = $"{change.Version.RecordedAt:yyyy-MM-dd HH:mm} {change.Document.PlatformName} / {change.Document.TypeName}: version {change.Version.FromVersionId} → {change.Version.VersionId} ({change.Version.Significance}; {flags})";
                if (change.Version.Record is { } record)
                    ChangeOutput.Report(Console.Out, title, record, result.GetValue(cosmetic));
                await Console.Out.WriteLineAsync();
            }
            if (listed.Count == 0 && !result.GetValue(json))
                await Console.Out.WriteLineAsync("No changes recorded" + (from is null ? "." : $" since {from:yyyy-MM-dd HH:mm}."));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static DateTimeOffset? ParseSince(string? value)
    {
        if (value is null)
            return null;
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at))
            return at;
        throw new UsageException($"--since: '{value}' is not a date (use ISO 8601, e.g. 2026-01-31)");
    }
}

/// <summary>What a list of changes adds up to: how much of it is noise and how many alerts it makes.</summary>
public sealed record ChangeStatistics(int Changes, int Cosmetic, int Substantive, int Transients, int Returns, int Pending, int AlertsIfEveryVersionAlerted, int Alerts)
{
    public static ChangeStatistics Of(IReadOnlyList<DocumentChange> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var real = changes.Where(c => !c.IsTechnicalUpgrade).ToList();
        return new ChangeStatistics(
            real.Count,
            real.Count(c => c.Version.Level == SignificanceLevel.Cosmetic),
            real.Count(c => c.Version.Level == SignificanceLevel.Substantive),
            real.Count(c => c.State.Status == ChangeStatus.Transient && c.State.FlipBack),
            real.Count(c => c.State.Status != ChangeStatus.Transient && c.State.FlipBack),
            real.Count(c => c.State.Status == ChangeStatus.Pending),
            real.Count,
            real.Count(c => c.State.Alert));
    }

    public string ToString(bool json) => json
        ? System.Text.Json.JsonSerializer.Serialize(this, ChangeRecordJson.Options)
        : $"""
          {Changes} changes ({Substantive} substantive, {Cosmetic} cosmetic)
          {Transients} transients (replaced before they were confirmed), {Returns} returns of a recent text, {Pending} pending
          alerts: {Alerts} (an alert for every recorded version would have made {AlertsIfEveryVersionAlerted})
          """;
}

using System.Globalization;
using Clauseline.App.Feeds;
using Clauseline.Archive;
using Clauseline.Changes;
using Clauseline.Records;

namespace Clauseline.App.Web;

/// <summary>One document's confirmed changes in one month, split by significance.</summary>
public sealed record TimelineCell(int Month, int Substantive, int Cosmetic)
{
    public int Total => Substantive + Cosmetic;
}

/// <summary>One document's row of the timeline: its cells for the months in which it changed.</summary>
public sealed record TimelineRow(Document Document, IReadOnlyList<TimelineCell> Cells);

/// <summary>
/// A platform's changes over time, for the chart on its page: confirmed changes (the ones its feed carries) counted
/// per month and per document, substantive apart from cosmetic, over the last <see cref="MaxMonths"/> months at most.
/// </summary>
public sealed record PlatformTimeline(IReadOnlyList<DateOnly> Months, IReadOnlyList<TimelineRow> Rows, int Earlier)
{
    public const int MaxMonths = 36;

    public bool IsEmpty => Rows.All(r => r.Cells.Count == 0);

    public static async Task<PlatformTimeline> LoadAsync(ChangeHistory history, IReadOnlyList<Document> documents, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(documents);
        var changes = new List<(Document Document, DocumentChange Change)>();
        foreach (var document in documents)
            changes.AddRange((await history.ForDocumentAsync(document, withRecords: false, cancellationToken)).Where(FeedChanges.Publishable).Select(c => (document, c)));
        var last = Month(now);
        var first = changes.Count == 0 ? last : Month(changes.Min(c => c.Change.Version.RecordedAt));
        if (first < last.AddMonths(-(MaxMonths - 1)))
            first = last.AddMonths(-(MaxMonths - 1));
        var months = new List<DateOnly>();
        for (var m = first; m <= last; m = m.AddMonths(1))
            months.Add(m);
        var index = months.Select((m, i) => (m, i)).ToDictionary(p => p.m, p => p.i);
        var earlier = changes.Count(c => Month(c.Change.Version.RecordedAt) < first);
        var rows = documents.Select(d => new TimelineRow(d, [.. changes
            .Where(c => c.Document.Id == d.Id && index.ContainsKey(Month(c.Change.Version.RecordedAt)))
            .GroupBy(c => index[Month(c.Change.Version.RecordedAt)])
            .OrderBy(g => g.Key)
            .Select(g => new TimelineCell(g.Key,
                g.Count(c => c.Change.Version.Level == SignificanceLevel.Substantive),
                g.Count(c => c.Change.Version.Level != SignificanceLevel.Substantive)))])).ToList();
        return new PlatformTimeline(months, rows, earlier);
    }

    /// <summary>"2026-03".</summary>
    public static string Label(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>"March 2026".</summary>
    public static string Name(DateOnly month) => month.ToString("MMMM yyyy", CultureInfo.InvariantCulture);

    private static DateOnly Month(DateTimeOffset time) => new(time.UtcDateTime.Year, time.UtcDateTime.Month, 1);
}

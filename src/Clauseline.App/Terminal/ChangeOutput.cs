using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Clauseline.Changes;
using Clauseline.Records;

namespace Clauseline.App.Terminal;

/// <summary>Change records as JSON lines (what scripts read) and as a readable report (what people read).</summary>
public static class ChangeOutput
{
    private static readonly JsonSerializerOptions Json = new(ChangeRecordJson.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>One stored change with its document and state, in the fields <c>clauseline changes --json</c> promises.</summary>
    public static string ToJson(DocumentChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var record = change.Version.Record;
        var line = new Dictionary<string, object?>
        {
            ["platform"] = change.Document.PlatformSlug,
            ["platform_name"] = change.Document.PlatformName,
            ["type"] = change.Document.TypeId,
            ["type_name"] = change.Document.TypeName,
            ["from_version"] = change.Version.FromVersionId,
            ["to_version"] = change.Version.VersionId,
            ["recorded_at"] = change.Version.RecordedAt.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture),
            ["version_kind"] = change.Version.Kind,
            ["status"] = change.State.Status,
            ["confirms_at"] = change.State.ConfirmsAt,
            ["significance"] = record?.Significance,
            ["flip_back"] = change.State.FlipBack,
            ["alert"] = change.State.Alert,
            ["alert_from_version"] = change.State.AlertFromVersionId,
            ["headline"] = change.Version.Headline,
        };
        Add(line, record);
        return JsonSerializer.Serialize(line, Json);
    }

    /// <summary>A change record between two files, with no archive behind it.</summary>
    public static string ToJson(ChangeRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var line = new Dictionary<string, object?> { ["significance"] = record.Significance, ["headline"] = record.Headline };
        Add(line, record);
        return JsonSerializer.Serialize(line, Json);
    }

    private static void Add(Dictionary<string, object?> line, ChangeRecord? record)
    {
        if (record is null)
            return;
        line["renumbered"] = record.Renumbered;
        line["substance_key"] = record.SubstanceKey;
        line["provisions"] = record.Provisions.Select(p => new Dictionary<string, object?>
        {
            ["kind"] = p.Kind,
            ["provision_ids"] = p.ProvisionIds,
            ["heading"] = p.Place?.Label,
            ["summary"] = p.Summary,
            ["significance"] = p.Significance.Level,
            ["signals"] = p.Significance.Signals,
            ["diff"] = p.Diff.Count == 0 ? null : p.Diff,
        }).ToList();
    }

    /// <summary>A readable report of one change: a header line, the headline, then each provision change (cosmetic ones only when asked).</summary>
    public static void Report(TextWriter output, string title, ChangeRecord record, bool cosmetic)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(record);
        output.WriteLine(title);
        output.WriteLine($"  {record.Headline}");
        var shown = record.Provisions.Where(p => cosmetic || p.Significance.Level == SignificanceLevel.Substantive).ToList();
        foreach (var p in shown)
        {
            var mark = p.Significance.Level == SignificanceLevel.Substantive ? "*" : "·";
            output.WriteLine($"  {mark} [{p.Kind.ToString().ToLowerInvariant()}] {p.Summary}");
            if (p.Diff.Count > 0 && p.Significance.Level == SignificanceLevel.Substantive)
                output.WriteLine($"      {Inline(p.Diff)}");
        }
        var hidden = record.Provisions.Count - shown.Count;
        if (hidden > 0)
            output.WriteLine($"  ({hidden} cosmetic provision change{(hidden == 1 ? "" : "s")} not shown; --cosmetic shows them)");
    }

    /// <summary>A word diff on one line: [-deleted-] and {+inserted+}, long unchanged runs shortened.</summary>
    public static string Inline(IReadOnlyList<DiffSegment> diff)
    {
        ArgumentNullException.ThrowIfNull(diff);
        var line = new StringBuilder();
        foreach (var segment in diff)
        {
            var text = string.Join(' ', segment.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            switch (segment.Operation)
            {
                case DiffOperation.Deleted:
                    line.Append(" [-").Append(text).Append("-] ");
                    break;
                case DiffOperation.Inserted:
                    line.Append(" {+").Append(text).Append("+} ");
                    break;
                default:
                    line.Append(text.Length > 80 ? text[..35] + " … " + text[^35..] : text);
                    break;
            }
        }
        return line.ToString().Trim();
    }
}

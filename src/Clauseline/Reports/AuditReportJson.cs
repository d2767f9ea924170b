using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Clauseline.Reports;

/// <summary>
/// The JSON form of an audit report: the records' fields in snake_case, times in ISO 8601 with their offset,
/// readable text (no needless escapes), indented. The fields, which <c>format</c> "clauseline-audit-report/1" keeps:
/// <c>format, generated_at, generator, generator_version, as_of, as_of_date, profile{id, name, description, audience,
/// jurisdictions, sector, role, size, security}, scope{title, platforms[]{slug, name}},
/// archive_heads[]{document, version_id, seq, chain_hash}, documents[]{platform, platform_name, type, type_name,
/// in_force{version_id, seq, recorded_at, kind, text_sha256, chain_hash} or null, note, provisions[]{id, kind, number,
/// heading_path, start, end, text, text_sha256, categories[]{id, name, confidence, exposure_level, exposure_range,
/// exposure_range_text, exposure_score, drivers[]{kind, id, reason, delta, quote}}, analysis{states, means_for_you,
/// regulations[]{id, name, citation, relevance}} or null}, history[]{version_id, seq, recorded_at, kind, status,
/// flip_back, significance, headline, text_sha256, chain_hash}}</c>. A new field may be added within a format; a
/// renamed or removed one changes the format. Reading is strict: a missing field, a null where none may be, or another
/// <c>format</c> is refused with a reason, never half-read.
/// </summary>
public static class AuditReportJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    public static string Serialize(AuditReport report) => JsonSerializer.Serialize(report, Options);

    public static Task WriteAsync(Stream stream, AuditReport report, CancellationToken cancellationToken = default) =>
        JsonSerializer.SerializeAsync(stream, report, Options, cancellationToken);

    /// <summary>The report in <paramref name="json"/>, or null with why it cannot be read.</summary>
    public static (AuditReport? Report, string? Problem) Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using (var document = JsonDocument.Parse(json))
            {
                if (document.RootElement.ValueKind != JsonValueKind.Object)
                    return (null, "it is not a JSON object");
                if (!document.RootElement.TryGetProperty("format", out var format) || format.ValueKind != JsonValueKind.String)
                    return (null, "it has no \"format\" field: it is not a Clauseline audit report");
                if (format.GetString() != AuditReport.CurrentFormat)
                    return (null, $"its format is \"{format.GetString()}\"; this version reads \"{AuditReport.CurrentFormat}\"");
            }
            var report = JsonSerializer.Deserialize<AuditReport>(json, Options);
            return report is null ? (null, "it is null") : (report, null);
        }
        catch (JsonException e)
        {
            return (null, $"it is not a valid report: {e.Message}");
        }
    }
}

using System.Text.Json;
using System.Text.Json.Serialization;

namespace Clauseline.Records;

/// <summary>
/// The JSON form of change records, as stored and as printed: snake_case names, enums as kebab-case words
/// ("parties-widened", "substantive"), nulls left out.
/// </summary>
public static class ChangeRecordJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    public static string Serialize(ChangeRecord record) => JsonSerializer.Serialize(record, Options);

    public static ChangeRecord Deserialize(string json) =>
        JsonSerializer.Deserialize<ChangeRecord>(json, Options) ?? throw new JsonException("a change record was stored as null");
}

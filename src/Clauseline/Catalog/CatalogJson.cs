using System.Text.Json;
using System.Text.Json.Serialization;

namespace Clauseline.Catalog;

/// <summary>The JSON conventions of catalog files.</summary>
public static class CatalogJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault,
        WriteIndented = false,
    };
}

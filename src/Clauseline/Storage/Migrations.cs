namespace Clauseline.Storage;

/// <summary>The ordered migration files of one dialect, embedded in the library as <c>migrations/&lt;kind&gt;/NNNN_name.sql</c>.</summary>
public static class Migrations
{
    public static IReadOnlyList<(string Version, string Sql)> For(string kind)
    {
        var assembly = typeof(Migrations).Assembly;
        var prefix = $"migrations/{kind}/";
        return [.. assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n =>
            {
                using var stream = assembly.GetManifestResourceStream(n)!;
                using var reader = new StreamReader(stream);
                return (Path.GetFileNameWithoutExtension(n[prefix.Length..]), reader.ReadToEnd());
            })];
    }
}

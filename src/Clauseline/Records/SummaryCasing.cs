using System.Text.RegularExpressions;

namespace Clauseline.Records;

/// <summary>
/// Puts text written in capitals ("DISCLAIMER OF WARRANTIES") into ordinary case for a summary, keeping acronyms
/// and the names and defined terms the provision itself writes with a capital.
/// </summary>
internal static partial class SummaryCasing
{
    private static readonly HashSet<string> Acronyms = new(StringComparer.Ordinal)
    {
        "AAA", "ADR", "AI", "API", "CCPA", "COPPA", "CPRA", "DMCA", "DPA", "EEA", "EU", "FAQ", "FTC", "GDPR", "HIPAA",
        "I", "ID", "IP", "JAMS", "LGPD", "PDF", "PIPEDA", "SLA", "SMS", "UK", "URL", "USA", "VAT",
    };

    /// <summary>True for text with at least two capitals and no small letters.</summary>
    public static bool IsShouting(string text)
    {
        var capitals = 0;
        foreach (var c in text)
        {
            if (char.IsLower(c))
                return false;
            if (char.IsUpper(c))
                capitals++;
        }
        return capitals >= 2;
    }

    public static string Readable(string text, IReadOnlyDictionary<string, string> names, bool capitalizeFirst)
    {
        var first = true;
        return Word().Replace(text, m =>
        {
            var word = Acronyms.Contains(m.Value) ? m.Value
                : names.TryGetValue(m.Value, out var name) ? name
                : m.Value.ToLowerInvariant();
            if (first && capitalizeFirst)
                word = char.ToUpperInvariant(word[0]) + word[1..];
            first = false;
            return word;
        });
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’][\p{L}]+)*")]
    private static partial Regex Word();
}

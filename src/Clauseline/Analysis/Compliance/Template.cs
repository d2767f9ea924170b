using System.Text.RegularExpressions;

namespace Clauseline.Analysis.Compliance;

/// <summary>Fills the <c>{slot}</c> placeholders of a prose template from the values found in a provision.</summary>
internal static partial class Template
{
    /// <summary>The template with every slot filled and its first letter capitalised; <c>null</c> when a slot has no value.</summary>
    public static string? Fill(string template, IReadOnlyDictionary<string, string> slots)
    {
        var missing = false;
        var filled = Slot().Replace(template, m =>
        {
            if (slots.TryGetValue(m.Groups[1].Value, out var value))
            {
                return value;
            }
            missing = true;
            return m.Value;
        });
        return missing ? null : Capitalise(filled);
    }

    /// <summary>The first of the templates that can be filled and shares no long run of words with the provision.</summary>
    public static string? First(IEnumerable<string> templates, IReadOnlyDictionary<string, string> slots, WordRuns provision) =>
        templates.Select(t => Fill(t, slots)).FirstOrDefault(s => s is not null && !provision.SharedBy(s));

    public static bool HasSlots(string template) => Slot().IsMatch(template);

    private static string Capitalise(string text) =>
        text.Length == 0 || !char.IsLower(text[0]) ? text : string.Concat(char.ToUpperInvariant(text[0]).ToString(), text.AsSpan(1));

    [GeneratedRegex(@"\{([a-z_]+)\}", RegexOptions.CultureInvariant)]
    private static partial Regex Slot();
}

namespace Clauseline.Analysis.Compliance;

/// <summary>
/// Writes what a provision states and what it means for the customer from the category templates, the values found
/// in the text and the drivers, dropping any sentence that would repeat a run of the provision's words.
/// </summary>
internal static class PlainReadingWriter
{
    private const int CategoriesRead = 2;
    private const int DriversRead = 3;

    public static PlainReading Write(AnalysisContext c)
    {
        var states = new List<string>();
        var means = new List<string>();
        foreach (var rated in c.Categories.Take(CategoriesRead))
        {
            var prose = c.ProseOf(rated.Category);
            Add(states, Template.First(prose.States, c.Slots, c.Runs));
            Add(means, Template.First(prose.Means, c.Slots, c.Runs));
        }
        foreach (var driver in c.WordingDrivers.Take(DriversRead))
        {
            Add(states, Checked(c, c.Say("states_wording", ("description", c.Own(driver.Description)))));
            if (c.Prose.Wording.TryGetValue(driver.Id, out var prose) && prose.Means is { } meaning)
            {
                Add(means, Checked(c, c.Fill(meaning)));
            }
        }
        foreach (var driver in c.ProfileDrivers.Where(d => d.Delta > 0).Take(CategoriesRead))
        {
            Add(means, Checked(c, c.Say("means_profile", ("description", c.Own(driver.Description)))));
        }
        if (states.Count == 0)
        {
            states.Add(c.Say("reading_fallback", ("category", AnalysisContext.InSentence(c.Categories[0].Category))));
        }
        return new PlainReading(string.Join(' ', states), string.Join(' ', means));
    }

    private static string? Checked(AnalysisContext c, string? sentence) => sentence is not null && !c.Runs.SharedBy(sentence) ? sentence : null;

    private static void Add(List<string> sentences, string? sentence)
    {
        if (sentence is not null && !sentences.Contains(sentence, StringComparer.Ordinal))
        {
            sentences.Add(sentence);
        }
    }
}

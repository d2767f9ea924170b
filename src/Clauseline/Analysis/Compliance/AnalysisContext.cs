namespace Clauseline.Analysis.Compliance;

/// <summary>One provision being analysed, with what every part of the analysis reads: its categories, the values found in its text and the prose to compose from.</summary>
internal sealed class AnalysisContext
{
    public AnalysisContext(AnalysisSubject subject, Taxonomy taxonomy, Considerations prose)
    {
        Subject = subject;
        Taxonomy = taxonomy;
        Prose = prose;
        Categories = [.. subject.Categories.Where(r => taxonomy.Find(r.Id) is not null).Select(r => new Rated(taxonomy.Get(r.Id), r))];
        Party = string.IsNullOrWhiteSpace(subject.PlatformName) ? prose.Phrase("party_default") : subject.PlatformName.Trim();
        Slots = TextFacts.Read(subject.Text);
        Slots["party"] = Party;
        Runs = new WordRuns(subject.Text);
    }

    public AnalysisSubject Subject { get; }

    public Taxonomy Taxonomy { get; }

    public Considerations Prose { get; }

    /// <summary>The provision's categories known to the taxonomy, in the order given (most confident first).</summary>
    public IReadOnlyList<Rated> Categories { get; }

    /// <summary>Who acts in the provision: the platform's name, or "the provider".</summary>
    public string Party { get; }

    public Dictionary<string, string> Slots { get; }

    public WordRuns Runs { get; }

    public Profile Profile => Subject.Profile;

    /// <summary>The wording drivers of every category, once each, in the order met.</summary>
    public IEnumerable<ExposureDriver> WordingDrivers => Drivers(DriverKind.Wording);

    /// <summary>The profile drivers of every category, once each, in the order met.</summary>
    public IEnumerable<ExposureDriver> ProfileDrivers => Drivers(DriverKind.Profile);

    public CategoryProse ProseOf(Category category) =>
        Prose.Categories.TryGetValue(category.Id, out var prose) ? prose : throw new KeyNotFoundException($"considerations.json has no category '{category.Id}'.");

    /// <summary>A phrase of the data file with its slots filled from <paramref name="values"/> and the provision's own values.</summary>
    public string Say(string key, params (string Slot, string Value)[] values)
    {
        var slots = new Dictionary<string, string>(Slots, StringComparer.Ordinal);
        foreach (var (slot, value) in values)
        {
            slots[slot] = value;
        }
        return Template.Fill(Prose.Phrase(key), slots) ?? throw new InvalidDataException($"The phrase '{key}' names a slot that has no value.");
    }

    /// <summary>A template filled from the provision's values, or <c>null</c> when it names a value the provision does not state.</summary>
    public string? Fill(string template) => Template.Fill(template, Slots);

    /// <summary>A category's name inside a sentence: "responsibility for account activity", but "AI model training".</summary>
    public static string InSentence(Category category) =>
        category.Name.Length > 1 && char.IsUpper(category.Name[1]) ? category.Name : category.Name.ToLowerInvariant();

    /// <summary>An exposure rule's description, with the platform named where it says "the provider".</summary>
    public string Own(string description) => description.Replace("the provider", Party, StringComparison.Ordinal);

    private IEnumerable<ExposureDriver> Drivers(DriverKind kind) =>
        Categories.SelectMany(c => c.Rating.Exposure.Drivers).Where(d => d.Kind == kind).DistinctBy(d => d.Id);

    /// <summary>A category of the taxonomy together with its match and exposure for this provision.</summary>
    public sealed record Rated(Category Category, RatedCategory Rating)
    {
        public ExposureAssessment Exposure => Rating.Exposure;
    }
}

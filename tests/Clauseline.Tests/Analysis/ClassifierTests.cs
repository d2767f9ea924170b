using Clauseline.Analysis;
using Clauseline.Analysis.Classification;
using Clauseline.Analysis.Training;

namespace Clauseline.Tests.Analysis;

/// <summary>
/// The classifier trained with ML.NET on a small labelled set written for these tests (fictional platforms), then
/// scored without ML.NET: labels with evidence, reproducible training, a model file that round-trips, and scoring that
/// matches only the signals it needs yet gives the same scores as matching them all.
/// </summary>
public sealed class ClassifierTests
{
    private static readonly IReadOnlySet<string> Scope = Taxonomy.Default.Categories.Select(c => c.Id).ToHashSet();

    private static readonly string[] Arbitration =
    [
        "Any dispute arising from these terms will be settled by binding arbitration rather than in court.",
        "You and Pelican Notes agree that claims shall be resolved exclusively through final and binding arbitration.",
        "The arbitration will be administered by a recognised arbitration body under its consumer rules.",
        "Disputes must be submitted to individual arbitration and the arbitrator's award is final.",
        "All controversies between the parties are subject to mandatory arbitration in the county of our seat.",
        "Except for small claims, every claim against Quayside Maps goes to binding arbitration.",
        "The parties waive their right to a court hearing and agree that an arbitrator decides any claim.",
        "An arbitrator, not a judge or jury, will resolve any disagreement about these terms.",
        "Claims are resolved by confidential arbitration conducted in English by a single arbitrator.",
        "If we cannot settle a dispute informally, either party may start binding arbitration.",
        "Any claim relating to the service will be finally determined by arbitration in Lisbon.",
        "Tessellate Labs and the user submit all disputes to binding arbitration under these terms.",
    ];

    private static readonly string[] Jurisdiction =
    [
        "The courts of Dublin have exclusive jurisdiction over any dispute arising from these terms.",
        "You agree to submit to the exclusive jurisdiction of the courts located in Travis County, Texas.",
        "Any legal action must be brought in the state or federal courts of King County, Washington.",
        "The parties consent to the personal jurisdiction and venue of the courts of Zurich.",
        "Proceedings relating to these terms may only be brought before the courts of Amsterdam.",
        "All claims shall be litigated exclusively in the courts of Ontario, and you consent to their jurisdiction.",
        "Venue for any lawsuit lies exclusively in the courts sitting in Denver, Colorado.",
        "You irrevocably submit to the jurisdiction of the courts of England for any claim against us.",
        "Any suit arising from the service must be filed in the courts of Lyon, France.",
        "The competent court for disputes with Brightwave is the district court of Munich.",
        "Each party submits to the exclusive jurisdiction of the courts of Singapore.",
        "Lawsuits concerning these terms may be heard only by the courts of Oslo.",
    ];

    private static readonly string[] Neutral =
    [
        "Pelican Notes lets you write, tag and search notes across your devices.",
        "You can export a notebook as a PDF from the share menu.",
        "Our support team answers questions by email on working days.",
        "A workspace can hold up to fifty members on the standard plan.",
        "Notes sync automatically whenever your device is online.",
        "The mobile app is available for phones and tablets.",
        "You can change your display name at any time in your profile.",
        "Templates help you start meeting notes and project plans quickly.",
        "Search results show the most recently edited notes first.",
        "Attachments up to twenty megabytes can be added to a note.",
        "Dark mode can be switched on in the appearance settings.",
        "Shared notebooks show who edited each page and when.",
        "The desktop app works offline and syncs later.",
        "We publish release notes for every new version of the app.",
        "Keyboard shortcuts are listed in the help centre.",
        "Tags can be renamed or merged from the sidebar.",
        "Each note keeps a history of its previous versions.",
        "Reminders can be set for any note with a due date.",
        "Web clips save an article's text and images to a notebook.",
        "The free plan includes two devices and basic search.",
    ];

    private static List<LabelledSentence> Sentences()
    {
        var all = new List<LabelledSentence>();
        void Add(string[] texts, string? category)
        {
            for (var i = 0; i < texts.Length; i++)
            {
                all.Add(new LabelledSentence($"doc-{i % 4}", all.Count, texts[i],
                    category is null ? [] : [new SentenceLabel(category, 2)], Scope));
            }
        }
        Add(Arbitration, "arbitration");
        Add(Jurisdiction, "jurisdiction");
        Add(Neutral, null);
        return all;
    }

    private static readonly IReadOnlySet<string> Trained = new HashSet<string> { "arbitration", "jurisdiction" };

    private static readonly Lazy<ClassifierModel> Model = new(() => Train());

    private static ClassifierModel Train() =>
        new ClassifierTrainer(Taxonomy.Default, new TrainingSettings()).Train(Sentences(), new ModelInfo("2026-11-26T00:00:00Z", ["test"], [], 44, "1", "test", ""), Trained);

    [Fact]
    public void Labels_new_sentences_with_scores_and_evidence_that_points_into_the_text()
    {
        var classifier = new Classifier(Model.Value, Taxonomy.Default);
        const string sentence = "Any disagreement about your Orbit Docs subscription will be settled by binding arbitration.";
        var match = Assert.Single(classifier.ClassifySentence(sentence));
        Assert.Equal("arbitration", match.CategoryId);
        Assert.InRange(match.Score, 0.5, 1.0);
        Assert.NotEmpty(match.Evidence);
        Assert.All(match.Evidence, e => Assert.Equal(e.Text, sentence.Substring(e.Start, e.Length)));
        Assert.Contains(match.Evidence, e => e.Kind == EvidenceKind.Signal && e.Text.Contains("arbitration", StringComparison.OrdinalIgnoreCase));
        // A phrase the model weighed is shown only when it holds a word of its own, never "and to the".
        string[] filler = ["a", "an", "and", "be", "by", "the", "to", "of", "or", "with", "that", "this", "from"];
        Assert.All(match.Evidence.Where(e => e.Kind == EvidenceKind.Model), e =>
            Assert.Contains(e.Text.Split(' '), w => w.Length >= 4 && !filler.Contains(w, StringComparer.OrdinalIgnoreCase)));

        var courts = classifier.ClassifySentence("The courts of Vienna have exclusive jurisdiction over disputes about Orbit Docs.");
        Assert.Equal("jurisdiction", Assert.Single(courts).CategoryId);
        Assert.Empty(classifier.ClassifySentence("Orbit Docs lets you share a folder with a link."));
    }

    [Fact]
    public void A_provision_is_read_sentence_by_sentence_with_evidence_offsets_into_the_whole_text()
    {
        var classifier = new Classifier(Model.Value, Taxonomy.Default);
        const string provision = "Orbit Docs keeps your files in folders. Any dispute with Orbit Docs will be resolved by binding arbitration. "
            + "The courts of Vienna have exclusive jurisdiction over everything else.";
        var matches = classifier.Classify(provision);
        Assert.Equal(["arbitration", "jurisdiction"], matches.Select(m => m.CategoryId).Order());
        foreach (var m in matches)
            Assert.All(m.Evidence, e => Assert.Equal(e.Text, provision.Substring(e.Start, e.Length)));
        Assert.True(matches.Single(m => m.CategoryId == "jurisdiction").Evidence.All(e => e.Start > provision.IndexOf("The courts", StringComparison.Ordinal) - 1));
    }

    [Fact]
    public void Training_is_reproducible_and_the_model_file_round_trips()
    {
        var again = Train();
        foreach (var (a, b) in Model.Value.Categories.Zip(again.Categories))
        {
            Assert.Equal(a.Id, b.Id);
            Assert.Equal(a.Bias, b.Bias);
            Assert.Equal(a.Threshold, b.Threshold);
            Assert.Equal(a.Weights.OrderBy(w => w.Key), b.Weights.OrderBy(w => w.Key));
        }
        using var stream = new MemoryStream();
        Model.Value.Write(stream);
        stream.Position = 0;
        var read = ClassifierModel.Read(stream);
        Assert.Equal(Model.Value.SignalIds, read.SignalIds);
        Assert.Equal(Model.Value.Info, read.Info with { TrainingFiles = Model.Value.Info.TrainingFiles, TrainingHashes = Model.Value.Info.TrainingHashes });
        var sentence = Arbitration[3];
        Assert.Equal(new Classifier(Model.Value, Taxonomy.Default).Scores(sentence), new Classifier(read, Taxonomy.Default).Scores(sentence));
    }

    [Fact]
    public void A_truncated_or_foreign_model_file_is_refused()
    {
        using var stream = new MemoryStream();
        Model.Value.Write(stream);
        var bytes = stream.ToArray();
        Assert.Contains("truncated", Assert.Throws<InvalidDataException>(() => ClassifierModel.Read(new MemoryStream(bytes[..(bytes.Length / 2)]))).Message, StringComparison.Ordinal);
        Assert.Throws<InvalidDataException>(() => ClassifierModel.Read(new MemoryStream("not a model at all, just words"u8.ToArray())));
    }

    [Fact]
    public void Matching_only_the_signals_within_reach_gives_the_scores_of_matching_them_all()
    {
        var classifier = new Classifier(Model.Value, Taxonomy.Default);
        foreach (var sentence in Arbitration.Concat(Jurisdiction).Concat(Neutral).Append("You may terminate; we may arbitrate; courts of Paris."))
            Assert.Equal(classifier.ScoresMatchingEverySignal(sentence), classifier.Scores(sentence), new FloatTolerance());
    }

    private sealed class FloatTolerance : IEqualityComparer<float>
    {
        public bool Equals(float x, float y) => Math.Abs(x - y) < 1e-5f;

        public int GetHashCode(float obj) => 0;
    }
}

using Clauseline.Analysis.Classification;
using Clauseline.Analysis.Exposure;

namespace Clauseline.Analysis;

/// <summary>Classifies a text and rates the exposure of each category found, for one profile.</summary>
public sealed class ClauseRater(Classifier classifier, ExposureRater exposure)
{
    public static ClauseRater Default => Shipped.Value;

    private static readonly Lazy<ClauseRater> Shipped = new(() => new ClauseRater(Classifier.Default, ExposureRater.Default));

    public Classifier Classifier => classifier;

    public ExposureRater Exposure => exposure;

    /// <summary>The categories of a sentence, a provision or a document, most confident first, each with its exposure.</summary>
    public IReadOnlyList<RatedCategory> Rate(string text, Profile profile) =>
        [.. classifier.Classify(text).Select(m => new RatedCategory(m, exposure.Rate(m.CategoryId, text, profile)))];

    /// <summary>
    /// The categories counted as predicted for a sentence in an evaluation: reported by the classifier and, for the
    /// categories of the published task, rated Medium or High for the profile (the task counts potentially and
    /// clearly unfair terms).
    /// </summary>
    public IReadOnlySet<string> Predicted(string sentence, Profile profile)
    {
        var scores = classifier.Scores(sentence);
        var predicted = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < scores.Length; i++)
        {
            if (scores[i] < 0.5f)
            {
                continue;
            }
            var id = classifier.CategoryIds[i];
            if (!Training.LabelledSentences.Evaluated.Contains(id) || exposure.Rate(id, sentence, profile).Level >= ExposureLevel.Medium)
            {
                predicted.Add(id);
            }
        }
        return predicted;
    }
}

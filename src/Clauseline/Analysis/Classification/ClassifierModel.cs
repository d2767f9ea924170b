using System.Text;
using System.Text.Json;

namespace Clauseline.Analysis.Classification;

/// <summary>
/// A trained classifier: for each category a linear model over <see cref="Features"/> (bias, weights, and the
/// threshold on its probability above which the category is reported), the ids of the taxonomy signals it was
/// trained with, and a description of how it was trained. Saved in a small binary file: a JSON header, then each
/// category's non-zero weights.
/// </summary>
public sealed class ClassifierModel
{
    private const string Magic = "CLAUSELINE-CLASSIFIER-1";

    public ClassifierModel(ModelInfo info, IReadOnlyList<string> signalIds, IReadOnlyList<CategoryModel> categories)
    {
        Info = info;
        SignalIds = signalIds;
        Categories = categories;
    }

    public ModelInfo Info { get; }

    public IReadOnlyList<string> SignalIds { get; }

    public IReadOnlyList<CategoryModel> Categories { get; }

    /// <summary>The model shipped with the library, or <c>null</c> when it has not been trained yet.</summary>
    public static ClassifierModel? Shipped => ShippedModel.Value;

    private static readonly Lazy<ClassifierModel?> ShippedModel = new(() =>
    {
        using var stream = typeof(ClassifierModel).Assembly.GetManifestResourceStream("analysis/classifier.model");
        return stream is null ? null : Read(stream);
    });

    public void Write(Stream stream)
    {
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(JsonSerializer.Serialize(Info, ModelJson.Default.ModelInfo));
        writer.Write(SignalIds.Count);
        foreach (var id in SignalIds)
        {
            writer.Write(id);
        }
        writer.Write(Categories.Count);
        foreach (var c in Categories)
        {
            writer.Write(c.Id);
            writer.Write(c.Bias);
            writer.Write(c.Threshold);
            writer.Write(c.Weights.Count);
            foreach (var (feature, weight) in c.Weights.OrderBy(w => w.Key))
            {
                writer.Write(feature);
                writer.Write(weight);
            }
        }
    }

    public static ClassifierModel Read(Stream stream)
    {
        try
        {
            using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
            string magic;
            try
            {
                magic = reader.ReadString();
            }
            catch (Exception e) when (e is EndOfStreamException or IOException or DecoderFallbackException)
            {
                magic = "";
            }
            if (magic != Magic)
            {
                throw new InvalidDataException("This is not a Clauseline classifier model.");
            }
            var info = JsonSerializer.Deserialize(reader.ReadString(), ModelJson.Default.ModelInfo)
                ?? throw new InvalidDataException("The model's header is empty.");
            var signals = new string[reader.ReadInt32()];
            for (var i = 0; i < signals.Length; i++)
            {
                signals[i] = reader.ReadString();
            }
            var categories = new CategoryModel[reader.ReadInt32()];
            for (var i = 0; i < categories.Length; i++)
            {
                var id = reader.ReadString();
                var bias = reader.ReadSingle();
                var threshold = reader.ReadSingle();
                var count = reader.ReadInt32();
                var weights = new Dictionary<int, float>(count);
                for (var j = 0; j < count; j++)
                {
                    weights[reader.ReadInt32()] = reader.ReadSingle();
                }
                categories[i] = new CategoryModel(id, bias, threshold, weights);
            }
            return new ClassifierModel(info, signals, categories);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("The model file is truncated.", e);
        }
    }

    public static ClassifierModel Load(string path)
    {
        using var file = File.OpenRead(path);
        return Read(file);
    }

    public void Save(string path)
    {
        var temporary = path + ".tmp";
        using (var file = File.Create(temporary))
        {
            Write(file);
        }
        File.Move(temporary, path, overwrite: true);
    }
}

/// <summary>One category's linear model: probability = sigmoid(bias + weights · features), reported at or above the threshold.</summary>
public sealed record CategoryModel(string Id, float Bias, float Threshold, IReadOnlyDictionary<int, float> Weights);

/// <summary>How a model was trained: on what (files and their SHA-256), with which settings, when, and the credit its data asks for.</summary>
public sealed record ModelInfo(
    string TrainedAt,
    IReadOnlyList<string> TrainingFiles,
    IReadOnlyList<string> TrainingHashes,
    int Sentences,
    string TaxonomyVersion,
    string Settings,
    string Credit);

[System.Text.Json.Serialization.JsonSerializable(typeof(ModelInfo))]
internal sealed partial class ModelJson : System.Text.Json.Serialization.JsonSerializerContext;

namespace Clauseline.Analysis.Comparison;

/// <summary>A provision found by <see cref="ProvisionSimilarityIndex"/> and its cosine similarity to the query, from 0 to 1.</summary>
public sealed record SimilarProvision(IndexedProvision Provision, double Similarity);

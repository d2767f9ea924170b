using Clauseline.Archive;

namespace Clauseline.App.Analysis;

/// <summary>A document's latest version cut into provisions, in document order, headings included (headings are never rated).</summary>
public sealed record AnalysedDocument(Document Document, long VersionId, int Seq, DateTimeOffset RecordedAt, IReadOnlyList<AnalysedProvision> Provisions);

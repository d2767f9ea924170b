using Clauseline.Fetching;

namespace Clauseline.Extraction;

/// <summary>What extraction made of a document's snapshots: its text, or the reason there is none.</summary>
public abstract record ExtractionResult;

/// <summary>The structured text of the document, ready to compare with the latest version.</summary>
public sealed record Extracted(string Text) : ExtractionResult;

/// <summary>No text worth recording: an empty page, a wall, a selector that found nothing, an unreadable PDF.</summary>
public sealed record ExtractionFailed(FailureReason Reason, string Detail) : ExtractionResult;

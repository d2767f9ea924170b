using Clauseline.Archive;

namespace Clauseline.Checking;

/// <summary>What one check of one document came to, for the command line, the scheduler and the web.</summary>
public sealed record CheckResult(Document Document, string Outcome, string? Reason, string? Detail, DocumentVersion? Version, TimeSpan Duration);

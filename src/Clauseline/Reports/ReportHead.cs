namespace Clauseline.Reports;

/// <summary>
/// The latest version of a document when the report was generated (which may be newer than the version in force on
/// the report's date): its chain hash covers every version before it, so keeping it elsewhere pins the whole chain.
/// </summary>
public sealed record ReportHead(string Document, long VersionId, int Seq, string ChainHash);

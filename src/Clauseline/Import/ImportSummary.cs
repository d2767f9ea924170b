namespace Clauseline.Import;

/// <summary>What an import did: platforms and documents it created, versions it recorded, files it skipped, and files it could not use.</summary>
public sealed record ImportSummary(int Files, int Platforms, int Documents, int Versions, int Skipped, IReadOnlyList<string> Problems, int Records = 0);

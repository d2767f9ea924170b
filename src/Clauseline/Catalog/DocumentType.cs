namespace Clauseline.Catalog;

/// <summary>A kind of legal document (terms of service, data processing addendum, …) with the names other sources use for it.</summary>
public sealed record DocumentType(string Id, string Name, IReadOnlyList<string> Aliases);

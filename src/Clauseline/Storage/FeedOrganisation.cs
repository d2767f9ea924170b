namespace Clauseline.Storage;

/// <summary>An organisation as its private feed needs it: who it is, without its members or settings.</summary>
public sealed record FeedOrganisation(long Id, string Name);

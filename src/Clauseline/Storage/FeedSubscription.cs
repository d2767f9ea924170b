namespace Clauseline.Storage;

/// <summary>One subscription as its organisation's private feed reads it: the platform (with the document types, empty for all) or the document it follows.</summary>
public sealed record FeedSubscription(string Kind, long? PlatformId, IReadOnlyList<string> DocumentTypes, long? DocumentId);

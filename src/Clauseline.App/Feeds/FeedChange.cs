using Clauseline.Archive;
using Clauseline.Records;

namespace Clauseline.App.Feeds;

/// <summary>A confirmed change of a document as a feed entry shows it: the version with its full record and the lines of the record to list.</summary>
public sealed record FeedChange(Document Document, StoredChange Change, IReadOnlyList<int> Entries);

using Clauseline.Changes;
using Clauseline.Provisions;

namespace Clauseline.Records;

/// <summary>A version still waiting for its change record.</summary>
public sealed record PendingVersion(long Id, int Seq, string Kind);

/// <summary>The provision ids a stored change record gave its version, to carry on from.</summary>
public sealed record StoredIdentity(long VersionId, IReadOnlyList<string> Ids, IReadOnlyList<IReadOnlyList<string>> Origins, int NextNumber, string BuilderVersion, string SubstanceKey);

/// <summary>What is left to record for one document: the versions without a record, the last record before them, and whether older records came from another builder.</summary>
public sealed record RecordingState(IReadOnlyList<PendingVersion> Missing, StoredIdentity? Last, bool HasStale);

/// <summary>A change record to store: the version it describes, the version it compares with (null for a first version) and the new version's provision ids.</summary>
public sealed record NewChangeRecord(long VersionId, long? FromVersionId, ChangeRecord Record, IdentifiedVersion Identity);

/// <summary>A version with its change record as stored; the record fields are null while it has none.</summary>
public sealed record StoredChange(
    long VersionId,
    int Seq,
    DateTimeOffset RecordedAt,
    string Kind,
    long? FromVersionId,
    string? SubstanceKey,
    string? Significance,
    string? Headline,
    ChangeRecord? Record)
{
    /// <summary>The stored significance as a level; null for a first version or one without a record yet.</summary>
    public SignificanceLevel? Level => Significance switch
    {
        "cosmetic" => SignificanceLevel.Cosmetic,
        "substantive" => SignificanceLevel.Substantive,
        _ => null,
    };
}

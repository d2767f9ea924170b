using Clauseline.Records;

namespace Clauseline.App.Web.Api;

/// <summary>
/// A change of a document (a version after the first) as users see it: its headline and significance, and where it
/// stands: <c>pending</c>, <c>confirmed</c> or <c>transient</c>; whether it is a flip-back; whether subscribers are told of it.
/// The provisions it changed come with one change (<see cref="ChangeDetail"/>).
/// </summary>
public sealed record ChangeResource(
    long VersionId,
    long? FromVersionId,
    string Platform,
    string Type,
    int Seq,
    DateTimeOffset RecordedAt,
    string Kind,
    string? Significance,
    string? Headline,
    string Status,
    bool FlipBack,
    bool Alert,
    DateTimeOffset? ConfirmsAt,
    string Url,
    string PageUrl)
{
    public static ChangeResource Of(DocumentChange change)
    {
        var (d, v, s) = (change.Document, change.Version, change.State);
        return new(v.VersionId, v.FromVersionId, d.PlatformSlug, d.TypeId, v.Seq, v.RecordedAt, v.Kind, v.Significance, v.Headline,
            s.Status.ToString().ToLowerInvariant(), s.FlipBack, s.Alert, s.ConfirmsAt,
            $"{DocumentsApi.Url(d)}/changes/{v.VersionId}", $"/platforms/{d.PlatformSlug}/{d.TypeId}/changes/{v.VersionId}");
    }
}

/// <summary>One change with its provision changes, each with a one-line summary.</summary>
public sealed record ChangeDetail(ChangeResource Change, int Renumbered, IReadOnlyList<ProvisionChangeResource> Provisions);

/// <summary>
/// What happened to a provision (added, removed, modified, moved, split, merged), its ids before and after, its texts,
/// its significance and a one-line summary.
/// </summary>
public sealed record ProvisionChangeResource(
    string Kind,
    IReadOnlyList<string> BeforeIds,
    IReadOnlyList<string> AfterIds,
    string Significance,
    string Summary,
    string? OldText,
    string? NewText)
{
    public static ProvisionChangeResource Of(ProvisionChangeRecord p) =>
        new(p.Kind.ToString().ToLowerInvariant(), p.BeforeIds, p.AfterIds, p.Significance.Level.ToString().ToLowerInvariant(), p.Summary, p.OldText, p.NewText);
}

using System.Text.Json;
using System.Text.Json.Serialization;

namespace Clauseline.Alerts.Composing;

/// <summary>
/// What one delivery says, stored in the outbox as JSON when it is queued so that it is sent as it was decided: an
/// alert (a batch of changes) or a digest (a week's changes, <see cref="WeekStart"/> set), for one organisation.
/// </summary>
public sealed record AlertPayload(
    string Kind,
    string Subject,
    string OrganisationSlug,
    string OrganisationName,
    string? WeekStart,
    IReadOnlyList<AlertChange> Changes)
{
    /// <summary>snake_case, as webhooks receive it.</summary>
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        WriteIndented = false,
    };

    public string Serialize() => JsonSerializer.Serialize(this, Json);

    public static AlertPayload Deserialize(string json) =>
        JsonSerializer.Deserialize<AlertPayload>(json, Json) ?? throw new InvalidDataException("empty delivery payload");
}

/// <summary>One change of a document as an alert tells it, with the provision changes that matched the organisation's subscriptions.</summary>
public sealed record AlertChange(
    string PlatformSlug,
    string PlatformName,
    string DocumentType,
    string DocumentName,
    long VersionId,
    long? FromVersionId,
    string Headline,
    DateTimeOffset RecordedAt,
    DateTimeOffset ConfirmedAt,
    string Url,
    string? Severity,
    int SubstantiveChanges,
    IReadOnlyList<AlertProvisionChange> Provisions);

/// <summary>One provision change of an alert: what happened, the provision, its one-line summary, its page, and how its exposure moved.</summary>
public sealed record AlertProvisionChange(string Kind, string? ProvisionId, string Summary, string? Url, IReadOnlyList<ExposureChange> Exposure);

/// <summary>A category of a changed provision with its exposure for the organisation's profile before and after (null before: new to the provision; null after: gone).</summary>
public sealed record ExposureChange(string CategoryId, string CategoryName, string? Before, string? After);

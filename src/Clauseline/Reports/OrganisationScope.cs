using Clauseline.Accounts;
using Clauseline.Archive;
using Clauseline.Storage;

namespace Clauseline.Reports;

/// <summary>What an organisation's report covers: the documents of the platforms it follows.</summary>
public static class OrganisationScope
{
    /// <summary>The documents of the platforms the organisation follows, optionally only one of them (null when it does not follow that one).</summary>
    public static async Task<IReadOnlyList<Document>?> DocumentsAsync(Store store, Organisation organisation, string? platformSlug, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(organisation);
        var followed = (await store.GetFollowedPlatformIdsAsync(organisation.Id, cancellationToken)).ToHashSet();
        var documents = (await store.GetDocumentsAsync(cancellationToken: cancellationToken)).Where(d => followed.Contains(d.PlatformId)).ToList();
        if (string.IsNullOrWhiteSpace(platformSlug))
            return documents;
        var one = documents.Where(d => d.PlatformSlug == platformSlug).ToList();
        return one.Count == 0 ? null : one;
    }
}

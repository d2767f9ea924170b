using System.Security.Cryptography;
using Clauseline.Accounts;
using Clauseline.Alerts.Channels;
using Clauseline.Alerts.Subscriptions;
using Clauseline.Analysis;
using Clauseline.Storage;

namespace Clauseline.Alerts.Following;

/// <summary>
/// Following and unfollowing, and adding channels, with the plan's limits enforced here and only here, so the web,
/// the API and the command line refuse the same things with the same message.
/// </summary>
public sealed class Following(Store store, PlanOptions plans)
{
    /// <summary>Adds a subscription if the organisation's plan allows it, after checking what it names exists.</summary>
    public async Task<FollowOutcome> FollowAsync(Organisation organisation, NewSubscription request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(request);
        var limits = plans.For(organisation.Plan);
        if (request.Kind != SubscriptionKind.Platform && !limits.ProvisionMonitoring)
            return FollowOutcome.Refused($"Following single provisions and categories across platforms is not part of the {organisation.Plan.Name()} plan. {AskFor(p => p.ProvisionMonitoring)}");
        var taxonomy = Taxonomy.Default;
        foreach (var category in (request.Categories ?? []).Append(request.CategoryId).OfType<string>())
        {
            if (taxonomy.Find(category) is null)
                return FollowOutcome.Refused($"There is no category '{category}'.");
        }
        if (request.Kind == SubscriptionKind.Category)
        {
            if (request.CategoryId is null)
                return FollowOutcome.Refused("Choose the category to follow.");
            return FollowOutcome.Done($"You follow {taxonomy.Get(request.CategoryId).Name} on the platforms you follow.",
                await store.AddSubscriptionAsync(organisation.Id, request with { PlatformId = null, DocumentId = null, ProvisionId = null, DocumentTypes = null }, cancellationToken));
        }
        if (request.Kind == SubscriptionKind.Provision)
            return await FollowProvisionAsync(organisation, request, limits, cancellationToken);
        if (request.PlatformId is not { } platformId)
            return FollowOutcome.Refused("Choose the platform to follow.");
        var documents = await store.GetDocumentsAsync(platformId, cancellationToken);
        if (documents.Count == 0)
            return FollowOutcome.Refused("There is no such platform, or it has no documents yet.");
        var unknown = (request.DocumentTypes ?? []).FirstOrDefault(t => documents.All(d => d.TypeId != t));
        if (unknown is not null)
            return FollowOutcome.Refused($"{documents[0].PlatformName} has no document of type '{unknown}'.");
        if (await PlatformLimitAsync(organisation, limits, platformId, cancellationToken) is { } refused)
            return refused;
        var subscription = await store.AddSubscriptionAsync(organisation.Id, request with { DocumentId = null, ProvisionId = null, CategoryId = null }, cancellationToken);
        return FollowOutcome.Done($"You follow {documents[0].PlatformName}.", subscription);
    }

    /// <summary>Removes one subscription of the organisation.</summary>
    public async Task<FollowOutcome> UnfollowAsync(Organisation organisation, long subscriptionId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        return await store.DeleteSubscriptionAsync(organisation.Id, subscriptionId, cancellationToken)
            ? FollowOutcome.Done("The subscription is removed.")
            : FollowOutcome.Refused("There is no such subscription.");
    }

    /// <summary>Removes every subscription of the organisation naming the platform.</summary>
    public async Task<FollowOutcome> UnfollowPlatformAsync(Organisation organisation, long platformId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        var removed = await store.DeletePlatformSubscriptionsAsync(organisation.Id, platformId, cancellationToken);
        return removed > 0 ? FollowOutcome.Done("You no longer follow the platform.") : FollowOutcome.Refused("You do not follow that platform.");
    }

    /// <summary>
    /// Adds an email address or a webhook if the plan allows it: webhooks need a plan with webhooks, and every plan
    /// has a number of channels. A webhook gets a random secret to sign its requests, returned once.
    /// </summary>
    public async Task<ChannelOutcome> AddChannelAsync(Organisation organisation, ChannelKind kind, string target, bool sameDay = true, bool digest = true, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        var limits = plans.For(organisation.Plan);
        target = (target ?? "").Trim();
        if (kind.IsWebhook() && !limits.Webhooks)
            return ChannelOutcome.Refused($"Webhook and Slack channels are not part of the {organisation.Plan.Name()} plan. {AskFor(p => p.Webhooks)}");
        if (kind == ChannelKind.Email && !System.Net.Mail.MailAddress.TryCreate(target, out _))
            return ChannelOutcome.Refused($"'{target}' is not an email address.");
        if (kind.IsWebhook() && !(Uri.TryCreate(target, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp)))
            return ChannelOutcome.Refused($"'{target}' is not an http or https URL.");
        var count = await store.CountEnabledChannelsAsync(organisation.Id, cancellationToken);
        if (count >= limits.MaxChannels)
        {
            return ChannelOutcome.Refused($"The {organisation.Plan.Name()} plan allows {Count(limits.MaxChannels, "channel")}; you have {count}. "
                + $"Disable one{AskForMore(p => p.MaxChannels > limits.MaxChannels)}");
        }
        var secret = kind.IsWebhook() ? "whsec_" + Token() : null;
        var channel = await store.AddChannelAsync(organisation.Id, kind, target, secret, sameDay && limits.SameDayAlerts, digest, Token(), cancellationToken);
        return new ChannelOutcome(true, kind.IsWebhook() ? "The webhook is added. Copy its secret now: it is shown only once." : $"{target} is added.", channel, secret);
    }

    private async Task<FollowOutcome> FollowProvisionAsync(Organisation organisation, NewSubscription request, PlanLimits limits, CancellationToken cancellationToken)
    {
        if (request.DocumentId is not { } documentId || string.IsNullOrWhiteSpace(request.ProvisionId))
            return FollowOutcome.Refused("Choose the document and the provision to follow.");
        var document = await store.GetDocumentAsync(documentId, cancellationToken);
        if (document is null)
            return FollowOutcome.Refused("There is no such document.");
        if (await PlatformLimitAsync(organisation, limits, document.PlatformId, cancellationToken) is { } refused)
            return refused;
        var subscription = await store.AddSubscriptionAsync(organisation.Id,
            request with { PlatformId = document.PlatformId, DocumentTypes = null, CategoryId = null, Categories = null, MinExposure = null }, cancellationToken);
        return FollowOutcome.Done($"You follow provision {request.ProvisionId} of {document.PlatformName} {document.TypeName}.", subscription);
    }

    /// <summary>Refuses a platform the organisation does not follow yet when it follows as many as its plan allows.</summary>
    private async Task<FollowOutcome?> PlatformLimitAsync(Organisation organisation, PlanLimits limits, long platformId, CancellationToken cancellationToken)
    {
        var followed = await store.GetFollowedPlatformIdsAsync(organisation.Id, cancellationToken);
        if (followed.Contains(platformId) || followed.Count < limits.MaxPlatforms)
            return null;
        return FollowOutcome.Refused($"The {organisation.Plan.Name()} plan follows {Count(limits.MaxPlatforms, "platform")}; you follow {followed.Count}. "
            + $"Unfollow one{AskForMore(p => p.MaxPlatforms > limits.MaxPlatforms)}");
    }

    private string AskFor(Func<PlanLimits, bool> feature) =>
        plans.CheapestWith(feature) is { } plan ? $"Ask an administrator for the {plan.Name()} plan." : "No plan includes it on this installation.";

    private string AskForMore(Func<PlanLimits, bool> more) =>
        plans.CheapestWith(more) is { } plan ? $" or ask an administrator for the {plan.Name()} plan." : ".";

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";

    /// <summary>A random URL-safe token of 256 bits.</summary>
    private static string Token() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
}

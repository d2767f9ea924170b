using System.CommandLine;
using Clauseline.Alerts.Subscriptions;

namespace Clauseline.App.Cli;

/// <summary>
/// <c>clauseline orgs follow &lt;org&gt; &lt;platform&gt; [--documents TYPE…]</c> and <c>clauseline orgs unfollow &lt;org&gt; &lt;platform&gt;</c>:
/// an organisation's platform subscriptions, with the plan's limits enforced by <see cref="Alerts.Following.Following"/> as on the web.
/// </summary>
public static class FollowVerbs
{
    public static IEnumerable<Command> Create()
    {
        var org = new Argument<string>("org") { Description = "The organisation's slug" };
        var platform = new Argument<string>("platform") { Description = "The platform's slug or name" };
        var documents = new Option<string[]>("--documents") { Description = "Only these document types (ids such as terms-of-service)", AllowMultipleArgumentsPerToken = true };
        var follow = new Command("follow", "Follow a platform (all its documents, or the ones named)") { org, platform, documents };
        Verb.Run(follow, async (result, host, cancellationToken) =>
        {
            var (organisation, found) = await FindAsync(host, result.GetValue(org)!, result.GetValue(platform)!, cancellationToken);
            var request = new NewSubscription(SubscriptionKind.Platform, found.Id, result.GetValue(documents) ?? []);
            var outcome = await host.Get<Alerts.Following.Following>().FollowAsync(organisation, request, cancellationToken);
            await (outcome.Succeeded ? Console.Out : Console.Error).WriteLineAsync(outcome.Succeeded ? outcome.Message : $"error: {outcome.Message}");
            return outcome.Succeeded ? ExitCodes.Ok : ExitCodes.Failed;
        });
        var unfollow = new Command("unfollow", "Stop following a platform (and its provisions)") { org, platform };
        Verb.Run(unfollow, async (result, host, cancellationToken) =>
        {
            var (organisation, found) = await FindAsync(host, result.GetValue(org)!, result.GetValue(platform)!, cancellationToken);
            var outcome = await host.Get<Alerts.Following.Following>().UnfollowPlatformAsync(organisation, found.Id, cancellationToken);
            await (outcome.Succeeded ? Console.Out : Console.Error).WriteLineAsync(outcome.Succeeded ? outcome.Message : $"error: {outcome.Message}");
            return outcome.Succeeded ? ExitCodes.Ok : ExitCodes.Failed;
        });
        return [follow, unfollow];
    }

    private static async Task<(Accounts.Organisation, Archive.Platform)> FindAsync(CliHost host, string org, string platform, CancellationToken cancellationToken)
    {
        var organisation = await host.Store.FindOrganisationAsync(org, cancellationToken) ?? throw new UsageException($"there is no organisation '{org}'");
        var found = await host.Store.FindPlatformAsync(platform, cancellationToken) ?? throw new UsageException($"there is no platform '{platform}'");
        return (organisation, found);
    }
}

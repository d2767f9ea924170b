using System.CommandLine;
using Clauseline.Accounts;
using Clauseline.Storage;
using Spectre.Console;

namespace Clauseline.App.Cli;

/// <summary><c>clauseline orgs list</c>, <c>orgs show &lt;org&gt;</c> and <c>orgs plan &lt;org&gt; free|monitor|compliance</c>: organisations and their plans, set by an administrator.</summary>
public static class OrgsVerb
{
    public static Command Create()
    {
        var list = new Command("list", "List organisations with their plans and member counts");
        Verb.Run(list, async (result, host, cancellationToken) =>
        {
            var members = await host.Store.CountMembersAsync(cancellationToken);
            var table = new Table().AddColumns("Organisation", "Name", "Plan", "Members", "Since");
            foreach (var o in await host.Store.GetOrganisationsAsync(cancellationToken))
                table.AddRow(Markup.Escape(o.Slug), Markup.Escape(o.Name), o.Plan.Id(), members.GetValueOrDefault(o.Id).ToString(System.Globalization.CultureInfo.InvariantCulture), o.CreatedAt.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            AnsiConsole.Write(table);
            return ExitCodes.Ok;
        });

        var showOrg = new Argument<string>("org") { Description = "The organisation's slug" };
        var show = new Command("show", "Show an organisation: plan and its limits, time zone, profile, members and API keys") { showOrg };
        Verb.Run(show, async (result, host, cancellationToken) =>
        {
            var organisation = await FindAsync(host.Store, result.GetValue(showOrg)!, cancellationToken);
            var limits = host.Get<PlanOptions>().For(organisation.Plan);
            var keys = await host.Store.CountActiveApiKeysAsync(organisation.Id, cancellationToken);
            await Console.Out.WriteLineAsync($"""
                {organisation.Name} ({organisation.Slug})
                plan:       {organisation.Plan.Id()} (up to {limits.MaxPlatforms} platforms, {limits.MaxApiKeys} API keys, {limits.MaxChannels} channels; same-day alerts {YesNo(limits.SameDayAlerts)}, webhooks {YesNo(limits.Webhooks)}, provision monitoring {YesNo(limits.ProvisionMonitoring)}, reports {YesNo(limits.Reports)})
                time zone:  {organisation.TimeZone}
                profile:    {(organisation.Profile() is { } p ? string.Join(", ", Describe(p)) : "not set")}
                digest:     {(organisation.NoChangesDigest ? "every week, even without changes" : "only in weeks with changes")}
                API keys:   {keys} active
                members:
                """);
            foreach (var m in await host.Store.GetMembersAsync(organisation.Id, cancellationToken))
                await Console.Out.WriteLineAsync($"  {m.User.Email}  {m.Role.Id()}");
            return ExitCodes.Ok;
        });

        var planOrg = new Argument<string>("org") { Description = "The organisation's slug" };
        var planName = new Argument<string>("plan") { Description = "free, monitor or compliance" };
        var plan = new Command("plan", "Set an organisation's plan") { planOrg, planName };
        Verb.Run(plan, async (result, host, cancellationToken) =>
        {
            var organisation = await FindAsync(host.Store, result.GetValue(planOrg)!, cancellationToken);
            var chosen = Plans.Parse(result.GetValue(planName)) ?? throw new UsageException($"'{result.GetValue(planName)}' is not a plan; the plans are free, monitor and compliance");
            await host.Store.SetPlanAsync(organisation.Id, chosen, cancellationToken);
            await Console.Out.WriteLineAsync($"{organisation.Slug}: {organisation.Plan.Id()} -> {chosen.Id()}");
            var limit = host.Get<PlanOptions>().For(chosen).MaxApiKeys;
            if (await host.Store.CountActiveApiKeysAsync(organisation.Id, cancellationToken) is var keys && keys > limit)
                await Console.Error.WriteLineAsync($"warning: {organisation.Slug} holds {keys} active API keys and the {chosen.Name()} plan allows {limit}; existing keys keep working, new ones are refused until some are revoked");
            return ExitCodes.Ok;
        });
        return new Command("orgs", "Organisations and their plans") { list, show, plan };
    }

    private static async Task<Organisation> FindAsync(Store store, string slug, CancellationToken cancellationToken) =>
        await store.FindOrganisationAsync(slug, cancellationToken)
        ?? throw new UsageException($"there is no organisation '{slug}'; see `clauseline orgs list`");

    private static string YesNo(bool value) => value ? "yes" : "no";

    private static IEnumerable<string> Describe(Clauseline.Analysis.Profile p)
    {
        if (p.Audience is { } a)
            yield return a.ToString().ToLowerInvariant();
        if (p.Jurisdictions is { Count: > 0 } j)
            yield return string.Join("/", j);
        foreach (var field in new[] { p.Sector, p.Role, p.Size })
        {
            if (field is not null)
                yield return field;
        }
    }
}

using System.CommandLine;
using System.Globalization;
using Clauseline.Alerts;
using Clauseline.Alerts.Composing;
using Clauseline.Alerts.Delivering;
using Clauseline.Alerts.Digests;

namespace Clauseline.App.Cli;

/// <summary>
/// <c>clauseline digest &lt;org&gt; [--week 2026-11-16] [--send|--print]</c>: an organisation's weekly digest of a given
/// week (by default the last complete one), printed as text, or queued for its digest channels and sent.
/// </summary>
public static class DigestVerb
{
    public static Command Create()
    {
        var org = new Argument<string>("org") { Description = "The organisation's slug" };
        var week = new Option<string?>("--week") { Description = "Any day of the week (Monday to Sunday, local time), as YYYY-MM-DD; by default the last complete week" };
        var send = new Option<bool>("--send") { Description = "Queue the digest for the organisation's digest channels and send it now" };
        var print = new Option<bool>("--print") { Description = "Print the digest as text (the default)" };
        var command = new Command("digest", "An organisation's weekly digest for a week: print it, or send it") { org, week, send, print };
        Verb.Run(command, async (result, host, cancellationToken) =>
        {
            var organisation = await host.Store.FindOrganisationAsync(result.GetValue(org)!, cancellationToken)
                ?? throw new UsageException($"there is no organisation '{result.GetValue(org)}'");
            var digest = host.Get<WeeklyDigest>();
            var monday = result.GetValue(week) is { } text
                ? DigestWeeks.MondayOf(DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : throw new UsageException($"--week {text} is not a date (YYYY-MM-DD)"))
                : DigestWeeks.Due(host.Get<TimeProvider>().GetUtcNow(), DigestWeeks.Zone(organisation.TimeZone), 0).WeekStart;
            if (result.GetValue(send))
            {
                var queued = await digest.QueueWeekAsync(organisation, monday, cancellationToken);
                var sent = await host.Get<DeliverySender>().SendDueAsync(cancellationToken);
                await Console.Out.WriteLineAsync($"queued {queued} digest deliveries for the week of {monday:yyyy-MM-dd}; accepted {sent.Accepted}, retrying {sent.Retrying}, failed {sent.Failed}");
                return sent.Failed > 0 ? ExitCodes.Failed : ExitCodes.Ok;
            }
            var payload = await digest.BuildAsync(organisation, monday, cancellationToken);
            if (payload is null)
            {
                await Console.Out.WriteLineAsync($"No change of the platforms {organisation.Name} follows in the week of {monday:yyyy-MM-dd}; no digest would be sent.");
                return ExitCodes.Ok;
            }
            await Console.Out.WriteAsync(AlertEmail.Text(payload, host.Get<AlertOptions>().Url("/app/channels")));
            return ExitCodes.Ok;
        });
        return command;
    }
}

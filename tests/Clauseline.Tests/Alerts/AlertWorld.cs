using Clauseline.Accounts;
using Clauseline.Alerts;
using Clauseline.Alerts.Confirming;
using Clauseline.Alerts.Delivering;
using Clauseline.Alerts.Digests;
using Clauseline.Alerts.Following;
using Clauseline.Analysis;
using Clauseline.Archive;
using Clauseline.Catalog;
using Clauseline.Mail;
using Clauseline.Records;
using Clauseline.Storage;
using Clauseline.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Clauseline.Tests.Alerts;

/// <summary>
/// A fresh archive (SQLite or PostgreSQL) on a fake clock, with the alert stages wired as <c>serve</c> wires them,
/// and terms of service whose versions the tests write: accounts, arbitration, liability and prices.
/// </summary>
public sealed class AlertWorld : IAsyncDisposable
{
    public const string V1 = """
        # Harbourline Terms

        ## 1. Accounts

        1.1 You are responsible for all activity that occurs under your account, whether or not you authorised it.

        ## 2. Disputes

        2.1 Any dispute arising from these terms will be resolved by binding arbitration in Delaware, and you waive any right to a jury trial.

        ## 3. Liability

        3.1 Our total liability to you for any claim is limited to the fees you paid in the twelve months before the claim.

        ## 4. Fees

        4.1 We may change our prices with 30 days' notice.
        """;

    /// <summary>Substantive: arbitration moves to Singapore and waives class actions; the price notice shrinks to 7 days.</summary>
    public static readonly string V2 = V1
        .Replace("binding arbitration in Delaware, and you waive any right to a jury trial", "binding arbitration in Singapore, and you waive any right to a jury trial or to take part in a class action", StringComparison.Ordinal)
        .Replace("with 30 days' notice", "with 7 days' notice", StringComparison.Ordinal);

    /// <summary>Cosmetic: case and punctuation only.</summary>
    public static readonly string Cosmetic = V1.Replace("## 4. Fees", "## 4. FEES", StringComparison.Ordinal).Replace("30 days' notice.", "30 days' notice!", StringComparison.Ordinal);

    private readonly Pipeline _pipeline;

    private AlertWorld(Pipeline pipeline, FakeTimeProvider clock, AlertOptions options)
    {
        _pipeline = pipeline;
        Clock = clock;
        Options = options;
        Store = new Store(pipeline.Store.Database, clock);
    }

    public FakeTimeProvider Clock { get; }

    public AlertOptions Options { get; }

    public Store Store { get; }

    public PlanOptions Plans { get; } = new();

    public Following Following => new(Store, Plans);

    public Confirmer Confirmer => new(Store, new ChangeHistory(Store, new ChangeOptions(), Clock), new ChangeOptions(), Plans, Options, ClauseRater.Default, Clock, NullLogger<Confirmer>.Instance);

    public WeeklyDigest Digest => new(Store, Options, ClauseRater.Default, Clock, NullLogger<WeeklyDigest>.Instance);

    public DeliverySender Sender(HttpClient? http = null, SmtpSink? smtp = null) => new(Store,
        new Mailer(new SmtpOptions { Host = smtp is null ? null : "127.0.0.1", Port = smtp?.Port ?? 25, Security = "none", PickupFolder = Path.Combine(_pipeline.Settings.DataFolder, "mail") }, NullLogger<Mailer>.Instance),
        http ?? new HttpClient(), Options, Clock, NullLogger<DeliverySender>.Instance);

    public static async Task<AlertWorld> StartAsync(string kind, PostgresServer postgres, DateTimeOffset now, Action<AlertOptions>? configure = null)
    {
        var pipeline = await Pipeline.StartAsync(kind, postgres);
        var options = new AlertOptions { BaseUrl = "https://clauseline.test" };
        configure?.Invoke(options);
        return new AlertWorld(pipeline, new FakeTimeProvider(now), options);
    }

    /// <summary>A document of a platform with the given versions (the first is the initial one), its change records built.</summary>
    public async Task<Document> SeedAsync(string platform, string type, params (string Text, DateTimeOffset At, string Kind)[] versions)
    {
        var (document, _, _) = await Store.EnsureImportedDocumentAsync(platform, DocumentTypes.ResolveOrCreate(type));
        await Store.AppendImportedVersionsAsync(document.Id,
            [.. versions.Select((v, i) => new NewVersion(v.Kind, "import", v.Text, v.At, null, null, null, [], $"test:{platform}/{type}/{i}"))]);
        await new ChangeRecorder(Store).RecordAsync(document.Id);
        return document;
    }

    public Task<Document> SeedAsync(params (string Text, DateTimeOffset At)[] versions) =>
        SeedAsync("Harbourline", "Terms of Service", [.. versions.Select(v => (v.Text, v.At, VersionKinds.Change))]);

    public async Task<Organisation> OrganisationAsync(string name, Plan plan)
    {
        var organisation = await Store.CreateOrganisationAsync(name);
        await Store.SetPlanAsync(organisation.Id, plan);
        return (await Store.GetOrganisationAsync(organisation.Id))!;
    }

    /// <summary>Follows with the request and fails the test if the plan refuses.</summary>
    public async Task FollowAsync(Organisation organisation, Clauseline.Alerts.Subscriptions.NewSubscription request)
    {
        var outcome = await Following.FollowAsync(organisation, request);
        Assert.True(outcome.Succeeded, outcome.Message);
    }

    public async Task<Clauseline.Alerts.Channels.Channel> ChannelAsync(Organisation organisation, Clauseline.Alerts.Channels.ChannelKind kind, string target)
    {
        var outcome = await Following.AddChannelAsync(organisation, kind, target);
        Assert.True(outcome.Succeeded, outcome.Message);
        return outcome.Channel!;
    }

    public async Task<int> CountAsync(string sql)
    {
        await using var connection = await Store.Database.OpenAsync();
        return (int)await connection.ScalarAsync<long>(sql);
    }

    public async Task<IReadOnlyList<Delivery>> DeliveriesAsync(Organisation organisation) =>
        [.. (await Store.GetDeliveriesAsync(organisation.Id)).Select(d => d.Delivery)];

    public ValueTask DisposeAsync() => _pipeline.DisposeAsync();
}

using System.Net.Http.Headers;
using Clauseline.Accounts;
using Clauseline.Alerts.Channels;
using Clauseline.Alerts.Delivering;
using Clauseline.Alerts.Subscriptions;
using Clauseline.Archive;
using Clauseline.Catalog;
using Clauseline.Records;
using Clauseline.Tests.Infrastructure;
using Clauseline.Tests.Web;

namespace Clauseline.Tests.Api;

/// <summary>
/// The served app with an archive and two organisations for the API's tests: Northwind Cloud's terms in two versions
/// (a change that shortens a notice period) and Bluefin Hosting's in one; organisation A (Monitor) with a read-write
/// key, a read-only key, a revoked key, a subscription, a channel and a delivery with an attempt; organisation B (Free)
/// with a read-write key and nothing else.
/// </summary>
public sealed class ApiWorld : IAsyncDisposable
{
    public const string NorthwindTerms = """
        # Northwind Cloud Terms of Service

        ## 1. Your account

        1.1 You are responsible for all activity that occurs under your account and for every charge it incurs.

        1.2 You must keep your password and API keys confidential.

        ## 2. Disputes

        2.1 Any dispute arising out of or relating to these terms shall be resolved exclusively by final and binding arbitration, and you waive any right to a jury trial.

        2.2 These terms are governed by the laws of the State of Delaware, without regard to its conflict of laws rules.

        ## 3. Changes

        3.1 We will give you 30 days' notice before a change to these terms takes effect.

        """;

    public static readonly string NorthwindTermsLater = NorthwindTerms.Replace("30 days' notice", "7 days' notice", StringComparison.Ordinal);

    public const string BluefinTerms = """
        # Bluefin Hosting Terms of Service

        ## 3. Accounts

        3.1 You are responsible for the activity on your account and for keeping your sign-in details safe.

        ## 7. Resolving disputes

        7.1 Disputes arising from these terms will be settled by binding arbitration, unless you opt out of arbitration by writing to us within 30 days of accepting these terms.

        """;

    private const string Catalog = """
        { "name": "Northwind Cloud", "slug": "northwind-cloud", "website": "https://northwind.example/",
          "documents": [ { "type": "terms-of-service", "urls": ["https://northwind.example/legal/terms"] } ] }
        """;

    private readonly List<HttpClient> _clients = [];

    private ApiWorld(ServedApp app) => App = app;

    public ServedApp App { get; }

    public Organisation A { get; private set; } = null!;

    public Organisation B { get; private set; } = null!;

    public string AWriteKey { get; private set; } = "";

    public string AReadKey { get; private set; } = "";

    public string ARevokedKey { get; private set; } = "";

    public string BWriteKey { get; private set; } = "";

    public Subscription ASubscription { get; private set; } = null!;

    public Channel AChannel { get; private set; } = null!;

    public long ADelivery { get; private set; }

    public Document Northwind { get; private set; } = null!;

    public long ChangeVersionId { get; private set; }

    public static async Task<ApiWorld> StartAsync(string kind, PostgresServer postgres, params string[] args)
    {
        var world = new ApiWorld(await ServedApp.StartAsync(kind, postgres, Catalog, false, args));
        await world.SeedAsync();
        return world;
    }

    /// <summary>A client that sends <paramref name="key"/> as a bearer token (or none when null).</summary>
    public HttpClient Client(string? key)
    {
        var client = new HttpClient { BaseAddress = App.Client.BaseAddress };
        if (key is not null)
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        _clients.Add(client);
        return client;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var client in _clients)
            client.Dispose();
        await App.DisposeAsync();
    }

    private async Task SeedAsync()
    {
        var store = App.Store;
        Northwind = (await store.GetDocumentsAsync()).Single();
        var (bluefin, _, _) = await store.EnsureImportedDocumentAsync("Bluefin Hosting", DocumentTypes.Find("terms-of-service")!);
        var at = new DateTimeOffset(2026, 2, 1, 9, 0, 0, TimeSpan.Zero);
        await store.AppendImportedVersionsAsync(Northwind.Id,
        [
            new NewVersion(VersionKinds.Initial, "import", NorthwindTerms, at, null, null, null, [], "test:northwind/0.md"),
            new NewVersion(VersionKinds.Change, "import", NorthwindTermsLater, at.AddDays(10), null, null, null, [], "test:northwind/1.md"),
        ]);
        await store.AppendImportedVersionsAsync(bluefin.Id, [new NewVersion(VersionKinds.Initial, "import", BluefinTerms, at, null, null, null, [], "test:bluefin/0.md")]);
        await new ChangeRecorder(store).RecordAsync([Northwind.Id, bluefin.Id]);
        ChangeVersionId = (await store.GetLatestVersionAsync(Northwind.Id))!.Id;

        A = await store.CreateOrganisationAsync("Acme Compliance");
        await store.SetPlanAsync(A.Id, Plan.Monitor);
        A = (await store.GetOrganisationAsync(A.Id))!;
        B = await store.CreateOrganisationAsync("Beta Vendors");
        AWriteKey = (await store.CreateApiKeyAsync(A.Id, "automation", ApiKeyScope.ReadWrite)).RawKey;
        AReadKey = (await store.CreateApiKeyAsync(A.Id, "dashboard", ApiKeyScope.Read)).RawKey;
        var revoked = await store.CreateApiKeyAsync(A.Id, "old laptop", ApiKeyScope.ReadWrite);
        await store.RevokeApiKeyAsync(A.Id, revoked.Key.Id);
        ARevokedKey = revoked.RawKey;
        BWriteKey = (await store.CreateApiKeyAsync(B.Id, "integration", ApiKeyScope.ReadWrite)).RawKey;

        ASubscription = await store.AddSubscriptionAsync(A.Id, new NewSubscription(SubscriptionKind.Platform, Northwind.PlatformId));
        AChannel = await store.AddChannelAsync(A.Id, ChannelKind.Webhook, "https://hooks.acme.example/clauseline", "whsec_test", true, true, "unsubscribe-token-a");
        ADelivery = (await store.QueueDeliveryAsync(new NewDelivery(A.Id, AChannel.Id, "alert", "delivery-a-1", "{}", [ChangeVersionId])))!.Value;
        await store.RecordDeliveryAttemptAsync(ADelivery, at.AddDays(10), false, 503, "the receiver was unavailable", at.AddDays(10).AddMinutes(5));
    }
}

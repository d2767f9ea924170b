using System.Text;
using Clauseline.Archive;
using Clauseline.Storage;

namespace Clauseline.Tests.Feeds;

/// <summary>
/// An agreement whose history holds one of each kind of version a feed must tell apart: the first version, a
/// lasting substantive change (the only one a feed carries), a technical upgrade, a termination notice shortened
/// and put back within hours (a transient, then a flip-back), and a new clause recorded an hour ago (pending).
/// The platform's name has characters that HTML and XML both escape.
/// </summary>
public static class ChangingAgreement
{
    public const string Catalog = """
        { "name": "Northwind & Sons <Cloud>", "slug": "northwind-cloud", "website": "https://northwind.example/",
          "documents": [
            { "type": "customer-agreement", "urls": ["https://northwind.example/legal/agreement"] },
            { "type": "privacy-policy", "urls": ["https://northwind.example/legal/privacy"] } ] }
        """;

    public const string Page = "/platforms/northwind-cloud/customer-agreement";

    public const string First = """
        # Northwind Cloud Customer Agreement

        ## 1. Your account

        1.1 You must keep your password confidential and tell us at once of any unauthorised use.

        1.2 You are responsible for all activity under your account.

        ## 2. Fees

        2.1 We may change our fees with 30 days' notice, sent to the billing contact.

        2.2 Fees are invoiced monthly and payable within 30 days of the invoice date.

        ## 3. Termination

        3.1 Either party may end this agreement with 30 days' written notice.

        3.2 On termination, unpaid amounts for services already provided remain due, including any fees.

        """;

    public static readonly DateTimeOffset Start = new(2026, 1, 10, 9, 0, 0, TimeSpan.Zero);

    /// <summary>The versions in order: text, kind and when each was recorded.</summary>
    public static List<(string Text, string Kind, DateTimeOffset At)> Versions()
    {
        var longer = First.Replace("fees with 30 days' notice", "fees with 60 days' notice", StringComparison.Ordinal);
        var upgraded = longer.Replace("## 3. Termination", "## 3.  Termination", StringComparison.Ordinal);
        var shortened = upgraded.Replace("30 days' written notice", "7 days' written notice", StringComparison.Ordinal);
        var pending = upgraded.Replace("invoice date.\n", "invoice date.\n\n2.3 Late payments accrue interest at one per cent a month.\n", StringComparison.Ordinal);
        return
        [
            (First, VersionKinds.Initial, Start),
            (longer, VersionKinds.Change, Start.AddDays(31)),
            (upgraded, VersionKinds.TechnicalUpgrade, Start.AddDays(41)),
            (shortened, VersionKinds.Change, Start.AddDays(91)),
            (upgraded, VersionKinds.Change, Start.AddDays(91).AddHours(2)),
            (pending, VersionKinds.Change, DateTimeOffset.UtcNow.AddHours(-1)),
        ];
    }

    /// <summary>Records the versions as checks of the agreement would; returns their ids in order.</summary>
    public static async Task<IReadOnlyList<long>> SeedAsync(Store store)
    {
        var agreement = (await store.GetDocumentsAsync()).Single(d => d.TypeId == "customer-agreement");
        var ids = new List<long>();
        foreach (var (text, kind, at) in Versions())
            ids.Add(await RecordAsync(store, agreement.Id, text, kind, at));
        return ids;
    }

    /// <summary>Records one fetched version of a document; returns its id.</summary>
    public static async Task<long> RecordAsync(Store store, long documentId, string text, string kind, DateTimeOffset at)
    {
        var url = "https://northwind.example/legal/agreement";
        var recorded = await store.RecordCheckAsync(new NewCheck(documentId, at, at, "manual", CheckOutcomes.NewVersion, null, null, 200, "http", "1", "h",
            [new NewSnapshot(0, url, url, at, "http", 200, "text/html", null, null, Encoding.UTF8.GetBytes(text))],
            new NewVersion(kind, kind == VersionKinds.TechnicalUpgrade ? "re-extract" : "fetch", text, at, "1", "h", "s", [null])));
        return recorded.Version!.Id;
    }

    /// <summary>An organisation following the platform, written as the service's tables hold it; returns its feed token.</summary>
    public static async Task<string> FollowAsync(Store store, string slug = "northwind-cloud")
    {
        var platform = (await store.FindPlatformAsync(slug))!;
        var token = Guid.NewGuid().ToString("N");
        await using var connection = await store.Database.OpenAsync();
        var organisation = await connection.ScalarAsync<long>(
            "INSERT INTO organisations (slug, name, plan, feed_token, created_at) VALUES (@slug, @name, 'monitor', @token, @now) RETURNING id",
            [("slug", $"org-{token[..8]}"), ("name", "Contoso Compliance"), ("token", token), ("now", DateTimeOffset.UtcNow)]);
        await connection.ExecuteAsync("INSERT INTO subscriptions (organisation_id, kind, platform_id, created_at) VALUES (@organisation, 'platform', @platform, @now)",
            [("organisation", organisation), ("platform", platform.Id), ("now", DateTimeOffset.UtcNow)]);
        return token;
    }
}

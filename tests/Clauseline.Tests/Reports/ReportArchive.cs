using System.Text;
using Clauseline.Archive;
using Clauseline.Storage;

namespace Clauseline.Tests.Reports;

/// <summary>
/// A fictional cloud provider's agreement with four versions (a notice period shortened for a few hours and put
/// back, then a lower liability cap), and a privacy policy never captured. The clauses hold commas, double quotes,
/// a line break inside a clause and a table, the things CSV must survive.
/// </summary>
public static class ReportArchive
{
    public const string Catalog = """
        { "name": "Northwind Cloud", "slug": "northwind-cloud", "website": "https://northwind.example/",
          "documents": [
            { "type": "customer-agreement", "urls": ["https://northwind.example/legal/agreement"] },
            { "type": "privacy-policy", "urls": ["https://northwind.example/legal/privacy"] } ] }
        """;

    public const string Original = """
        # Northwind Cloud Customer Agreement

        ## 1. Your account

        1.1 You are responsible for all activity that occurs under your account, including activity by your employees, contractors and agents, whether or not you authorised it.

        1.2 You must notify us promptly of any unauthorised access to your account. We are not liable for losses caused by the use of your credentials by a third party.

        ## 2. Changes to these terms

        2.1 We will give you 30 days' notice of changes that reduce your rights, by email to the "Account Owner" contact.

        ## 3. Liability

        3.1 Our total liability for all claims under this agreement, whether in contract, tort or otherwise,
        is limited to the fees you paid in the 12 months before the claim.

        | Service | Service credit |
        | --- | --- |
        | Compute, storage | 10% |

        """;

    public static readonly string ShortNotice = Original.Replace("30 days' notice", "15 days' notice", StringComparison.Ordinal);

    public static readonly string LowerCap = Original.Replace("in the 12 months", "in the 3 months", StringComparison.Ordinal);

    public static readonly DateTimeOffset First = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset Experiment = new(2026, 2, 2, 9, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset Reverted = new(2026, 2, 2, 15, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset Revised = new(2026, 3, 9, 9, 0, 0, TimeSpan.Zero);

    /// <summary>Loads the catalog and records the agreement's four versions; returns the agreement and the privacy policy.</summary>
    public static async Task<(Document Agreement, Document Privacy)> SeedAsync(Store store, string catalogFolder)
    {
        Directory.CreateDirectory(catalogFolder);
        await File.WriteAllTextAsync(Path.Combine(catalogFolder, "northwind-cloud.json"), Catalog);
        await store.SyncCatalogFolderAsync(catalogFolder);
        var documents = await store.GetDocumentsAsync();
        var agreement = documents.Single(d => d.TypeId == "customer-agreement");
        var privacy = documents.Single(d => d.TypeId == "privacy-policy");
        await RecordAsync(store, agreement, Original, First, VersionKinds.Initial);
        await RecordAsync(store, agreement, ShortNotice, Experiment, VersionKinds.Change);
        await RecordAsync(store, agreement, Original, Reverted, VersionKinds.Change);
        await RecordAsync(store, agreement, LowerCap, Revised, VersionKinds.Change);
        return (agreement, privacy);
    }

    private static async Task RecordAsync(Store store, Document document, string text, DateTimeOffset at, string kind)
    {
        const string url = "https://northwind.example/legal/agreement";
        await store.RecordCheckAsync(new NewCheck(document.Id, at, at, "manual", CheckOutcomes.NewVersion, null, null, 200, "http", "1", "h",
            [new NewSnapshot(0, url, url, at, "http", 200, "text/html", null, null, Encoding.UTF8.GetBytes($"<main>{text}</main>"))],
            new NewVersion(kind, "fetch", text, at, "1", "h", "s", [null])));
    }
}

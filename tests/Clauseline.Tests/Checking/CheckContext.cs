using Clauseline.Archive;
using Clauseline.Catalog;
using Clauseline.Checking;
using Clauseline.Tests.Infrastructure;

namespace Clauseline.Tests.Checking;

/// <summary>A fixture site, the real pipeline on one database, and one declared document whose pages the site plays.</summary>
public sealed class CheckContext : IAsyncDisposable
{
    private CheckContext(FixtureSite site, Pipeline pipeline)
    {
        Site = site;
        Pipeline = pipeline;
    }

    public FixtureSite Site { get; }

    public Pipeline Pipeline { get; }

    public Document Document { get; private set; } = default!;

    public static async Task<CheckContext> StartAsync(string kind, PostgresServer postgres, SharedBrowser? browser = null, IDictionary<string, string?>? settings = null, Func<DocumentDeclaration, DocumentDeclaration>? declare = null, params string[] paths)
    {
        var site = await FixtureSite.StartAsync();
        var overrides = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>());
        if (browser is null)
            overrides.TryAdd("Fetch:BrowserFallback", "false");
        var pipeline = await Pipeline.StartAsync(kind, postgres, browser, overrides);
        var context = new CheckContext(site, pipeline);
        var declaration = new DocumentDeclaration { Type = "customer-agreement", Urls = [.. (paths.Length == 0 ? ["/legal/agreement"] : paths).Select(site.Url)] };
        await context.DeclareAsync(declare?.Invoke(declaration) ?? declaration);
        return context;
    }

    /// <summary>Declares (or re-declares) the document, as a catalog change would.</summary>
    public async Task DeclareAsync(DocumentDeclaration declaration)
    {
        await Pipeline.Store.SyncCatalogAsync([new PlatformDeclaration
        {
            Name = "Northwind Cloud",
            Slug = "northwind-cloud",
            Website = Site.BaseUrl,
            Documents = [declaration],
        }]);
        Document = (await Pipeline.Store.GetDocumentsAsync())[0];
    }

    public Task<CheckResult> CheckAsync() => Pipeline.Check.RunAsync(Document, "manual", TestContext.Current.CancellationToken);

    public async Task<IReadOnlyList<VersionSummary>> VersionsAsync() => await Pipeline.Store.GetVersionsAsync(Document.Id);

    public async ValueTask DisposeAsync()
    {
        await Pipeline.DisposeAsync();
        await Site.DisposeAsync();
    }
}

using Clauseline.Catalog;

namespace Clauseline.Tests.Catalog;

public sealed class ShippedCatalogTests
{
    private static string CatalogFolder => Path.Combine(AppContext.BaseDirectory, "catalog");

    [Fact]
    public void Every_shipped_file_is_valid()
    {
        var load = CatalogReader.ReadFolder(CatalogFolder);
        Assert.Empty(load.Problems);
        Assert.True(load.Platforms.Count >= 60, $"{load.Platforms.Count} platforms");
        Assert.True(load.DocumentCount >= 150, $"{load.DocumentCount} documents");
    }

    [Fact]
    public void The_catalog_covers_the_platforms_businesses_sign_with()
    {
        var slugs = CatalogReader.ReadFolder(CatalogFolder).Platforms.ToDictionary(p => p.Slug);
        foreach (var slug in new[] { "amazon-web-services", "stripe", "gusto", "openai", "anthropic", "pika", "github", "slack", "salesforce", "facebook" })
            Assert.True(slugs.ContainsKey(slug), $"{slug} is missing");
        var aws = slugs["amazon-web-services"];
        Assert.Contains(aws.Documents, d => d.Type == "customer-agreement");
        var businessTypes = slugs.Values.SelectMany(p => p.Documents).Select(d => d.Type).ToHashSet();
        foreach (var type in new[] { "customer-agreement", "service-terms", "data-processing-addendum", "subprocessor-list", "service-level-agreement", "ai-terms" })
            Assert.Contains(type, businessTypes);
    }

    [Fact]
    public void Every_file_says_where_its_urls_come_from()
    {
        var load = CatalogReader.ReadFolder(CatalogFolder);
        Assert.All(load.Platforms, p => Assert.False(string.IsNullOrWhiteSpace(p.Sources), $"{p.Slug} has no sources"));
    }
}

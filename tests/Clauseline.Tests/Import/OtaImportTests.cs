using Clauseline.Archive;
using Clauseline.Import;
using Clauseline.Tests.Infrastructure;

namespace Clauseline.Tests.Import;

public sealed class OtaImportTests(PostgresServer postgres)
{
    public static TheoryData<string> Databases => ["sqlite", "postgres"];

    /// <summary>A small dataset in Open Terms Archive's layout, written by the test.</summary>
    private static TestFolder WriteDataset()
    {
        var folder = new TestFolder();
        void Write(string service, string type, string date, string text)
        {
            var dir = Path.Combine(folder.Path, service, type);
            Directory.CreateDirectory(dir);
            File.WriteAllText(Path.Combine(dir, date + ".md"), text);
        }
        Write("Tailspin Payroll", "Terms of Service", "2024-05-01T10-00-00Z", "Terms\n=====\n\nPayroll runs are final once approved.\n");
        Write("Tailspin Payroll", "Terms of Service", "2023-01-15T08-30-00Z", "Terms\n=====\n\nPayroll runs may be reversed within 24 hours.\n");
        Write("Tailspin Payroll", "Data Processor Agreement", "2024-02-01T00-00-00Z", "DPA\n===\n\nWe process employee data on your instructions.\r\n");
        Write("Northwind Cloud", "Privacy Policy", "2025-03-03T12-00-00Z", "Privacy\n=======\n\nWe collect account data.\n");
        Write("Northwind Cloud", "Privacy Policy", "2025-04-03T12-00-00Z", "Privacy\n=======\n\nWe collect account data.\n");
        File.WriteAllText(Path.Combine(folder.Path, "Northwind Cloud", "Privacy Policy", "notes.md"), "not a version");
        return folder;
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task Each_file_becomes_a_version_at_its_date_in_date_order(string kind)
    {
        await using var pipeline = await Pipeline.StartAsync(kind, postgres);
        using var dataset = WriteDataset();

        var summary = await new OtaImporter(pipeline.Store).ImportAsync(dataset.Path);

        Assert.Equal(5, summary.Files);
        Assert.Equal(4, summary.Versions);
        Assert.Equal(1, summary.Skipped);
        Assert.Equal(2, summary.Platforms);
        Assert.Equal(3, summary.Documents);
        Assert.Single(summary.Problems);
        var platform = (await pipeline.Store.FindPlatformAsync("tailspin-payroll"))!;
        var terms = (await pipeline.Store.FindDocumentAsync(platform.Id, "terms-of-service"))!;
        var versions = await pipeline.Store.GetVersionsAsync(terms.Id);
        Assert.Equal([new DateTimeOffset(2024, 5, 1, 10, 0, 0, TimeSpan.Zero), new DateTimeOffset(2023, 1, 15, 8, 30, 0, TimeSpan.Zero)], versions.Select(v => v.RecordedAt));
        Assert.All(versions, v => Assert.Equal("import", v.Origin));
        Assert.Equal(VersionKinds.Initial, versions[1].Kind);
        Assert.NotNull(await pipeline.Store.FindDocumentAsync(platform.Id, "data-processing-addendum"));
        Assert.True((await pipeline.Store.VerifyAsync(await pipeline.Store.GetDocumentsAsync())).Intact);
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task Importing_the_same_files_again_adds_nothing(string kind)
    {
        await using var pipeline = await Pipeline.StartAsync(kind, postgres);
        using var dataset = WriteDataset();
        await new OtaImporter(pipeline.Store).ImportAsync(dataset.Path);

        var again = await new OtaImporter(pipeline.Store).ImportAsync(dataset.Path);

        Assert.Equal(0, again.Versions);
        Assert.Equal(0, again.Platforms);
        Assert.Equal(0, again.Documents);
        Assert.Equal(5, again.Skipped);
    }

    [Fact]
    public async Task Services_are_matched_to_catalog_platforms_by_name()
    {
        await using var pipeline = await Pipeline.StartAsync("sqlite", postgres);
        await pipeline.Store.SyncCatalogAsync([new Clauseline.Catalog.PlatformDeclaration
        {
            Name = "Northwind Cloud",
            Slug = "northwind-cloud",
            Website = "https://northwind.example/",
            Documents = [new Clauseline.Catalog.DocumentDeclaration { Type = "privacy-policy", Urls = ["https://northwind.example/privacy"] }],
        }]);
        using var dataset = WriteDataset();

        var summary = await new OtaImporter(pipeline.Store).ImportAsync(dataset.Path);

        Assert.Equal(1, summary.Platforms);
        var northwind = (await pipeline.Store.FindPlatformAsync("northwind-cloud"))!;
        var privacy = Assert.Single(await pipeline.Store.GetDocumentsAsync(northwind.Id));
        Assert.Equal("catalog", privacy.Origin);
        Assert.Single(await pipeline.Store.GetVersionsAsync(privacy.Id));
    }

    [Theory, MemberData(nameof(Databases))]
    public async Task The_real_open_terms_archive_sample_imports_once_and_verifies(string kind)
    {
        var folder = Requirements.SharedData("ota-pga");
        await using var pipeline = await Pipeline.StartAsync(kind, postgres);
        var files = Directory.EnumerateFiles(folder, "*.md", SearchOption.AllDirectories).Count();

        var first = await new OtaImporter(pipeline.Store).ImportAsync(folder);
        var second = await new OtaImporter(pipeline.Store).ImportAsync(folder);

        Assert.Equal(files, first.Files);
        Assert.Equal(files, first.Versions + first.Skipped);
        Assert.True(first.Versions > 500, $"{first.Versions} versions");
        Assert.Empty(first.Problems);
        Assert.Equal(first.Versions, first.Records);
        Assert.Equal(0, second.Versions);
        Assert.Equal(0, second.Records);
        var documents = await pipeline.Store.GetDocumentsAsync();
        var facebook = (await pipeline.Store.FindPlatformAsync("Facebook"))!;
        var dpa = await pipeline.Store.FindDocumentAsync(facebook.Id, "Data Processor Agreement");
        Assert.Equal("data-processing-addendum", dpa!.TypeId);
        Assert.True((await pipeline.Store.VerifyAsync(documents)).Intact);
    }

    [Fact]
    public async Task An_imported_text_that_says_what_the_live_version_says_is_a_technical_upgrade()
    {
        await using var pipeline = await Pipeline.StartAsync("sqlite", postgres);
        using var dataset = WriteDataset();
        var (document, _, _) = await pipeline.Store.EnsureImportedDocumentAsync("Northwind Cloud", Clauseline.Catalog.DocumentTypes.ResolveOrCreate("Privacy Policy"));
        await pipeline.Store.RecordCheckAsync(new NewCheck(document.Id, new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero),
            "manual", CheckOutcomes.NewVersion, null, null, 200, "http", "2", "h", [],
            new NewVersion(VersionKinds.Initial, "fetch", "# Privacy\n\nWe collect **account** data.\n", new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero), "2", "h", "s", [])));

        await new OtaImporter(pipeline.Store).ImportAsync(dataset.Path);

        var versions = await pipeline.Store.GetVersionsAsync(document.Id);
        Assert.Equal([VersionKinds.TechnicalUpgrade, VersionKinds.Initial], versions.Select(v => v.Kind));
    }
}

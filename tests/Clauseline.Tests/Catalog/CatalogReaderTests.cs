using Clauseline.Catalog;

namespace Clauseline.Tests.Catalog;

public sealed class CatalogReaderTests
{
    private const string Valid = """
        { "name": "Acme Payroll", "slug": "acme-payroll", "website": "https://acme.example/",
          "documents": [ { "type": "terms-of-service", "urls": ["https://acme.example/terms"], "select": ["main"] } ] }
        """;

    [Fact]
    public void A_valid_declaration_is_read_with_its_documents()
    {
        var (platform, problems) = CatalogReader.Parse(Valid, "acme-payroll.json", "acme-payroll");
        Assert.Empty(problems);
        Assert.Equal("Acme Payroll", platform!.Name);
        Assert.Equal(["main"], platform.Documents[0].Select);
    }

    [Fact]
    public void Malformed_json_names_the_file_and_line()
    {
        var (platform, problems) = CatalogReader.Parse("{\n  \"name\": \"Acme\",\n  \"slug\": \n}", "acme.json", "acme");
        Assert.Null(platform);
        var problem = Assert.Single(problems);
        Assert.Equal("acme.json", problem.File);
        Assert.Contains("line", problem.Location, StringComparison.Ordinal);
        Assert.Contains("not valid JSON", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_document_type_is_reported_where_it_is()
    {
        var (platform, problems) = CatalogReader.Parse(Valid.Replace("terms-of-service", "terms-of-sale", StringComparison.Ordinal), "acme-payroll.json", "acme-payroll");
        Assert.Null(platform);
        Assert.Contains(problems, p => p.Location.Contains("/documents/0/type", StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_url_list_and_an_unknown_field_are_reported()
    {
        var json = """{ "name": "A", "slug": "a", "website": "https://a.example/", "owner": "x", "documents": [ { "type": "privacy-policy" } ] }""";
        var (_, problems) = CatalogReader.Parse(json, "a.json", "a");
        Assert.Contains(problems, p => p.Message.Contains("urls", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Message.Contains("owner", StringComparison.Ordinal) || p.Location == "/owner");
    }

    [Fact]
    public void Invalid_css_selectors_and_unparseable_urls_are_reported()
    {
        var json = """
            { "name": "A", "slug": "a", "website": "https://a.example/", "documents": [
              { "type": "privacy-policy", "urls": ["https://a.exa mple/p"], "select": ["!main"], "remove": ["div[unclosed"] } ] }
            """;
        var (platform, problems) = CatalogReader.Parse(json, "a.json", "a");
        Assert.Null(platform);
        Assert.Contains(problems, p => p.Location == "/documents/0/select/0");
        Assert.Contains(problems, p => p.Location == "/documents/0/remove/0");
        Assert.Contains(problems, p => p.Location == "/documents/0/urls/0");
    }

    [Fact]
    public void The_slug_must_match_the_file_name()
    {
        var (platform, problems) = CatalogReader.Parse(Valid, "acme.json", "acme");
        Assert.Null(platform);
        Assert.Contains(problems, p => p.Location == "/slug");
    }

    [Fact]
    public void A_type_declared_twice_is_refused()
    {
        var json = """
            { "name": "A", "slug": "a", "website": "https://a.example/", "documents": [
              { "type": "privacy-policy", "urls": ["https://a.example/p"] }, { "type": "privacy-policy", "urls": ["https://a.example/q"] } ] }
            """;
        var (_, problems) = CatalogReader.Parse(json, "a.json", "a");
        Assert.Contains(problems, p => p.Message.Contains("more than once", StringComparison.Ordinal));
    }

    [Fact]
    public void A_bad_file_does_not_stop_the_good_ones()
    {
        using var folder = new Infrastructure.TestFolder();
        File.WriteAllText(folder.File("acme-payroll.json"), Valid);
        File.WriteAllText(folder.File("broken.json"), "{ not json");
        var load = CatalogReader.ReadFolder(folder.Path);
        Assert.Single(load.Platforms);
        Assert.Single(load.Problems);
        Assert.Equal("broken.json", load.Problems[0].File);
    }

    [Theory]
    [InlineData("Amazon Web Services", "amazon-web-services")]
    [InlineData("Zoom Video Communications, Inc.", "zoom-video-communications-inc")]
    [InlineData("Société Générale", "societe-generale")]
    [InlineData("X (formerly Twitter)", "x-formerly-twitter")]
    [InlineData("Moody's", "moodys")]
    public void Slugs_are_lowercase_ascii_words_joined_by_hyphens(string name, string slug)
    {
        Assert.Equal(slug, Slug.From(name));
        Assert.True(Slug.IsValid(slug));
    }

    [Fact]
    public void Names_without_latin_letters_still_get_a_distinct_slug()
    {
        var yandex = Slug.From("Яндекс");
        var vk = Slug.From("ВКонтакте");
        Assert.StartsWith("p-", yandex, StringComparison.Ordinal);
        Assert.NotEqual(yandex, vk);
        Assert.True(Slug.IsValid(yandex));
        Assert.Equal(yandex, Slug.From("Яндекс"));
    }

    [Theory]
    [InlineData("Data Processor Agreement", "data-processing-addendum")]
    [InlineData("Terms of Use", "terms-of-service")]
    [InlineData("Trackers Policy", "cookie-policy")]
    [InlineData("customer-agreement", "customer-agreement")]
    [InlineData("SLA", "service-level-agreement")]
    [InlineData("Generative AI Terms", "ai-terms")]
    public void Document_types_resolve_names_and_aliases(string name, string id) =>
        Assert.Equal(id, DocumentTypes.Resolve(name)?.Id);

    [Fact]
    public void An_unknown_type_name_becomes_a_new_type_with_a_slug_id()
    {
        var type = DocumentTypes.ResolveOrCreate("Seller Warranty");
        Assert.Equal("seller-warranty", type.Id);
        Assert.Equal("Seller Warranty", type.Name);
    }

    [Fact]
    public void The_extraction_hash_changes_with_selectors_but_not_with_the_cadence()
    {
        var declaration = new DocumentDeclaration { Type = "terms-of-service", Urls = ["https://a.example/t"], Select = ["main"] };
        Assert.NotEqual(declaration.ExtractionHash(), (declaration with { Select = ["article"] }).ExtractionHash());
        Assert.Equal(declaration.ExtractionHash(), (declaration with { Cron = "0 0 * * * ?" }).ExtractionHash());
    }
}

using Clauseline.Analysis;
using Clauseline.Analysis.Exposure;
using Clauseline.Analysis.Scorecards;

namespace Clauseline.Tests.Analysis;

/// <summary>
/// A scorecard counts a document's or a platform's provisions by category and exposure level and names the
/// provisions that drive it. The provisions are fictional clauses of the invented platform Quillmark, rated for an
/// EU consumer.
/// </summary>
public sealed class ScorecardTests
{
    private const string Terms = "terms-of-service";
    private const string Dpa = "data-processing-addendum";

    private static readonly Profile Consumer = Profiles.Find("eu-consumer")!;

    private static readonly RatedProvision[] TermsProvisions =
    [
        Provision(Terms, "p1", "2", "We may suspend or close your account at any time, for any reason, without notice to you.", "unilateral-termination"),
        Provision(Terms, "p2", "3", "We may end the service if you materially breach these terms and fail to fix it within 30 days of our notice.", "unilateral-termination"),
        Provision(Terms, "p3", "5", "You are responsible for all activity that occurs under your account, whether or not you authorised it.", "account-responsibility", "billing-disputes"),
        Provision(Terms, "p4", "9", "Any disagreement will be settled by a single arbitrator, and you waive any right to a jury.", "arbitration", "class-action-waiver"),
        Provision(Terms, "p5", "11", "You must follow the export laws that apply to the service.", "export-control"),
        Provision(Terms, "p6", "12", "Heading only.", []),
    ];

    private static readonly RatedProvision[] DpaProvisions =
    [
        Provision(Dpa, "d1", "4", "Quillmark may engage subprocessors and will give at least thirty (30) days' notice before adding one.", "subprocessors"),
        Provision(Dpa, "d2", "7", "Quillmark will tell you about a personal data breach without undue delay and within 48 hours.", "security-incident-notification"),
    ];

    [Fact]
    public void Rows_follow_the_taxonomy_order_and_count_each_level()
    {
        var card = Scorecard.ForDocument(TermsProvisions);

        var order = Taxonomy.Default.Categories.Select(c => c.Id).ToList();
        var ids = card.Rows.Select(r => r.CategoryId).ToList();
        Assert.Equal(ids.OrderBy(order.IndexOf), ids);
        Assert.Equal(["account-responsibility", "arbitration", "class-action-waiver", "unilateral-termination", "billing-disputes", "export-control"], ids);

        var termination = Assert.Single(card.Rows, r => r.CategoryId == "unilateral-termination");
        Assert.Equal(2, termination.Counts.Total);
        Assert.Equal(ExposureLevel.High, termination.Highest);
        Assert.Equal("termination", termination.GroupId);
        Assert.Equal("Suspension or termination by the provider", termination.Name);
        Assert.Equal(Expected("unilateral-termination", TermsProvisions), termination.Counts);
    }

    [Fact]
    public void Totals_count_every_rated_category_and_provisions_once_at_their_highest_level()
    {
        var card = Scorecard.ForDocument(TermsProvisions);

        Assert.Equal(7, card.Totals.Total);
        Assert.Equal(card.Rows.Sum(r => r.Counts.High), card.Totals.High);
        Assert.Equal(5, card.Provisions.Total);
        var highest = TermsProvisions.Where(p => p.Categories.Count > 0).Select(p => p.Categories.Max(c => c.Exposure.Level)).ToList();
        Assert.Equal(highest.Count(l => l == ExposureLevel.High), card.Provisions.High);
    }

    [Fact]
    public void Drivers_put_high_provisions_first_by_score_with_their_top_drivers()
    {
        var card = Scorecard.ForDocument(TermsProvisions);

        Assert.Equal(5, card.Drivers.Count);
        var keys = card.Drivers.Select(d => ((int)d.Level, d.Score)).ToList();
        Assert.Equal(keys.OrderByDescending(k => k.Item1).ThenByDescending(k => k.Item2), keys);
        Assert.Equal(ExposureLevel.High, card.Drivers[0].Level);
        Assert.Equal("p5", card.Drivers[^1].Provision.ProvisionId);
        Assert.All(card.Drivers, d => Assert.DoesNotContain(d.TopDrivers, x => x.Kind == DriverKind.Baseline || x.Delta <= 0));
        Assert.All(card.Drivers, d => Assert.True(d.TopDrivers.Count <= 3));
        var account = Assert.Single(card.Drivers, d => d.Provision.ProvisionId == "p3");
        Assert.Contains(account.TopDrivers, x => x.Id == "regardless-of-authorisation");
    }

    [Fact]
    public void Drivers_are_limited_to_the_requested_number()
    {
        var card = Scorecard.ForDocument(TermsProvisions, drivers: 2);

        Assert.Equal(2, card.Drivers.Count);
        Assert.All(card.Drivers, d => Assert.Equal(ExposureLevel.High, d.Level));
    }

    [Fact]
    public void A_document_scorecard_names_its_document()
    {
        var card = Scorecard.ForDocument(DpaProvisions);

        Assert.Equal(ScorecardScope.Document, card.Scope);
        Assert.Equal("quillmark", card.PlatformSlug);
        Assert.Equal(Dpa, card.DocumentType);
        Assert.Equal("Quillmark Data Processing Addendum", card.DocumentTitle);
    }

    [Fact]
    public void A_document_scorecard_refuses_provisions_of_two_documents()
    {
        Assert.Throws<ArgumentException>(() => Scorecard.ForDocument([.. TermsProvisions, .. DpaProvisions]));
    }

    [Fact]
    public void A_platform_scorecard_adds_its_documents_and_keeps_the_document_of_each_driver()
    {
        var card = Scorecard.ForPlatform([.. TermsProvisions, .. DpaProvisions]);

        Assert.Equal(ScorecardScope.Platform, card.Scope);
        Assert.Null(card.DocumentType);
        Assert.Equal(Scorecard.ForDocument(TermsProvisions).Totals.Total + Scorecard.ForDocument(DpaProvisions).Totals.Total, card.Totals.Total);
        Assert.Contains(card.Rows, r => r.CategoryId == "subprocessors");
        Assert.Equal(Dpa, Assert.Single(card.Drivers, d => d.Provision.ProvisionId == "d1").Provision.DocumentType);
        Assert.Equal(Terms, Assert.Single(card.Drivers, d => d.Provision.ProvisionId == "p1").Provision.DocumentType);
    }

    [Fact]
    public void An_empty_document_has_an_empty_scorecard()
    {
        var card = Scorecard.ForDocument([]);

        Assert.Empty(card.Rows);
        Assert.Empty(card.Drivers);
        Assert.Equal(LevelCounts.None, card.Totals);
    }

    private static LevelCounts Expected(string category, IEnumerable<RatedProvision> provisions)
    {
        var levels = provisions.SelectMany(p => p.Categories).Where(c => c.Id == category).Select(c => c.Exposure.Level).ToList();
        return new LevelCounts(levels.Count(l => l == ExposureLevel.Low), levels.Count(l => l == ExposureLevel.Medium), levels.Count(l => l == ExposureLevel.High));
    }

    private static RatedProvision Provision(string type, string id, string number, string text, params string[] categories) =>
        new("quillmark", type, type == Terms ? "Quillmark Terms of Service" : "Quillmark Data Processing Addendum", id, number, [$"Section {number}"], text,
            [.. categories.Select(c => new RatedCategory(new CategoryMatch(c, 0.9, []), ExposureRater.Default.Rate(c, text, Consumer)))]);
}

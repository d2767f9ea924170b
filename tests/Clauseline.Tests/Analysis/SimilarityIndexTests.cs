using Clauseline.Analysis.Comparison;

namespace Clauseline.Tests.Analysis;

/// <summary>
/// How the similarity index finds the way other platforms word a clause. Four fictional platforms each have an
/// arbitration, a governing-law and a liability clause; Corvane's arbitration clause reuses Brindlewave's distinctive
/// wording, and Corvane has a second arbitration clause on opting out.
/// </summary>
public sealed class SimilarityIndexTests
{
    private const string Arbitration = "arbitration";
    private const string GoverningLaw = "governing-law";
    private const string Liability = "liability";

    private static readonly IndexedProvision[] Provisions =
    [
        Clause("brindlewave", "Brindlewave", "terms-of-service", "p14", Arbitration,
            "Any dispute, claim or controversy arising out of or relating to these Terms or the Services will be resolved by "
            + "final and binding individual arbitration administered by the Northgate Arbitration Forum under its Consumer "
            + "Rules, and not in a class, consolidated or representative action. You and Brindlewave each waive the right "
            + "to a jury trial."),
        Clause("brindlewave", "Brindlewave", "terms-of-service", "p15", GoverningLaw,
            "These Terms are governed by the laws of the State of Delaware, without regard to its conflict of laws "
            + "principles. The state and federal courts located in Wilmington, Delaware have exclusive jurisdiction over "
            + "any claim not subject to arbitration."),
        Clause("brindlewave", "Brindlewave", "terms-of-service", "p11", Liability,
            "To the maximum extent permitted by law, Brindlewave will not be liable for any indirect, incidental, special, "
            + "consequential or punitive damages, or any loss of profits or revenues. Our total liability for all claims "
            + "relating to the Services is limited to the amount you paid us in the twelve months before the claim arose."),
        Clause("corvane", "Corvane Cloud", "customer-agreement", "p21", Arbitration,
            "Any dispute arising out of or relating to this Agreement will be resolved by final and binding individual "
            + "arbitration administered by the Northgate Arbitration Forum, and not in a class or representative action. "
            + "You and Corvane waive any right to a jury trial."),
        Clause("corvane", "Corvane Cloud", "customer-agreement", "p22", Arbitration,
            "You may opt out of the agreement to arbitrate by sending written notice to Corvane within thirty days after "
            + "you first accept this Agreement. Opting out does not affect any other part of this Agreement."),
        Clause("corvane", "Corvane Cloud", "customer-agreement", "p23", GoverningLaw,
            "This Agreement is governed by the laws of the State of Washington, excluding its rules on conflicts of law. "
            + "Any claim not subject to arbitration must be brought in the state or federal courts in King County, Washington."),
        Clause("corvane", "Corvane Cloud", "customer-agreement", "p9", Liability,
            "Corvane and its suppliers are not liable for lost profits, lost revenues, loss of data or any indirect, "
            + "special, incidental or consequential damages. Corvane's aggregate liability under this Agreement will not "
            + "exceed the fees you paid in the prior twelve months."),
        Clause("hollowmere", "Hollowmere Apps", "terms-of-use", "p8", Arbitration,
            "If we cannot resolve a complaint informally within sixty days, either party may start arbitration before a "
            + "single arbitrator seated in Dublin. The arbitrator may award the same relief a court could, but only to you "
            + "individually."),
        Clause("hollowmere", "Hollowmere Apps", "terms-of-use", "p9", GoverningLaw,
            "These terms are governed by the laws of Ireland, and the courts of Ireland have exclusive jurisdiction, "
            + "although consumers keep the protection of the mandatory laws of the country where they live."),
        Clause("hollowmere", "Hollowmere Apps", "terms-of-use", "p7", Liability,
            "Nothing in these terms limits liability for death, personal injury or fraud. Otherwise, Hollowmere is not "
            + "responsible for losses that were not foreseeable when you accepted these terms, and our liability is capped "
            + "at one hundred euros."),
        Clause("teskar", "Teskar Systems", "master-services-agreement", "p31", Arbitration,
            "Disputes under this Agreement shall be finally settled by arbitration under the rules of the Meridian Chamber "
            + "of Commerce by three arbitrators appointed in accordance with those rules. The seat of arbitration shall be "
            + "Singapore and the language English."),
        Clause("teskar", "Teskar Systems", "master-services-agreement", "p32", GoverningLaw,
            "This Agreement and any non-contractual obligations arising out of it are governed by the laws of England and Wales."),
        Clause("teskar", "Teskar Systems", "master-services-agreement", "p30", Liability,
            "Neither party shall be liable to the other for any indirect or consequential loss. Each party's total liability "
            + "arising out of this Agreement in any contract year is limited to the charges payable in that year."),
    ];

    private static readonly ProvisionSimilarityIndex Index = ProvisionSimilarityIndex.Build(Provisions);

    private static string Brindlewave(string id) => Provisions.Single(p => p.Key == $"brindlewave/terms-of-service/{id}").Text;

    [Fact]
    public void The_nearest_provisions_come_from_the_asked_category_only()
    {
        var nearest = Index.Nearest(Brindlewave("p14"), Arbitration, k: 20);

        Assert.Equal(5, nearest.Count);
        Assert.All(nearest, n => Assert.Contains(Arbitration, n.Provision.Categories));
    }

    [Fact]
    public void The_own_platform_is_left_out()
    {
        var nearest = Index.Nearest(Brindlewave("p14"), Arbitration, k: 20, excludePlatform: "brindlewave");

        Assert.Equal(4, nearest.Count);
        Assert.DoesNotContain(nearest, n => n.Provision.PlatformSlug == "brindlewave");
    }

    [Fact]
    public void The_clause_sharing_distinctive_wording_ranks_first()
    {
        var nearest = Index.Nearest(Brindlewave("p14"), Arbitration, excludePlatform: "brindlewave");

        Assert.Equal("corvane/customer-agreement/p21", nearest[0].Provision.Key);
        Assert.True(nearest[0].Similarity > 0.5, $"similarity {nearest[0].Similarity}");
        Assert.True(nearest[0].Similarity > 2 * nearest[1].Similarity, $"{nearest[0].Similarity} against {nearest[1].Similarity}");
        Assert.Equal(nearest.OrderByDescending(n => n.Similarity), nearest);
    }

    [Fact]
    public void The_same_text_is_its_own_nearest_with_similarity_one()
    {
        var nearest = Index.Nearest(Brindlewave("p15"), GoverningLaw, k: 1);

        var only = Assert.Single(nearest);
        Assert.Equal("brindlewave/terms-of-service/p15", only.Provision.Key);
        Assert.Equal(1.0, only.Similarity, precision: 5);
    }

    [Fact]
    public void Per_platform_gives_the_best_provision_of_each_other_platform()
    {
        var perPlatform = Index.NearestPerPlatform(Brindlewave("p14"), Arbitration, k: 10, excludePlatform: "brindlewave");

        Assert.Equal(["corvane", "hollowmere", "teskar"], perPlatform.Select(p => p.Provision.PlatformSlug).Order());
        Assert.Equal("corvane/customer-agreement/p21", perPlatform[0].Provision.Key);
        Assert.Equal(perPlatform.OrderByDescending(n => n.Similarity), perPlatform);
    }

    [Fact]
    public void Per_platform_keeps_the_k_best_platforms()
    {
        var perPlatform = Index.NearestPerPlatform(Brindlewave("p11"), Liability, k: 2, excludePlatform: "brindlewave");
        var all = Index.NearestPerPlatform(Brindlewave("p11"), Liability, k: 10, excludePlatform: "brindlewave");

        Assert.Equal(2, perPlatform.Count);
        Assert.Equal(all.Take(2), perPlatform);
    }

    [Fact]
    public void K_limits_the_results_to_the_best()
    {
        var two = Index.Nearest(Brindlewave("p14"), Arbitration, k: 2);
        var all = Index.Nearest(Brindlewave("p14"), Arbitration, k: 20);

        Assert.Equal(2, two.Count);
        Assert.Equal(all.Take(2), two);
        Assert.Empty(Index.Nearest(Brindlewave("p14"), Arbitration, k: 0));
    }

    [Fact]
    public void A_category_nobody_has_gives_no_results()
    {
        Assert.Empty(Index.Nearest(Brindlewave("p14"), "data-portability"));
        Assert.Empty(Index.NearestPerPlatform(Brindlewave("p14"), "data-portability"));
    }

    [Fact]
    public void A_text_sharing_no_word_with_the_category_gives_no_results()
    {
        Assert.Empty(Index.Nearest("Zyxwv quorple 4711.", Arbitration));
        Assert.Empty(Index.Nearest("", Arbitration));
    }

    [Fact]
    public void Equally_similar_provisions_are_ordered_by_key()
    {
        const string text = "Either party may end this agreement on thirty days written notice to the other.";
        var index = ProvisionSimilarityIndex.Build(
        [
            Clause("zephyrine", "Zephyrine", "terms", "p2", "termination", text),
            Clause("ambleside", "Ambleside", "terms", "p5", "termination", text),
            Clause("marlowgate", "Marlowgate", "terms", "p1", "termination", text),
        ]);

        var nearest = index.Nearest("Either party may end this agreement on written notice.", "termination");
        var perPlatform = index.NearestPerPlatform("Either party may end this agreement on written notice.", "termination");

        string[] keys = ["ambleside/terms/p5", "marlowgate/terms/p1", "zephyrine/terms/p2"];
        Assert.Equal(keys, nearest.Select(n => n.Provision.Key));
        Assert.Equal(keys, perPlatform.Select(n => n.Provision.Key));
    }

    [Fact]
    public void Case_and_curly_apostrophes_do_not_change_the_match()
    {
        var shouted = Index.Nearest("CORVANE’S AGGREGATE LIABILITY UNDER THIS AGREEMENT", Liability, k: 1);

        Assert.Equal("corvane/customer-agreement/p9", Assert.Single(shouted).Provision.Key);
    }

    [Fact]
    public void Concurrent_queries_give_the_same_results_as_one_at_a_time()
    {
        var expected = Provisions.Select(p => Index.NearestPerPlatform(p.Text, p.Categories[0], excludePlatform: p.PlatformSlug)).ToArray();

        var results = new IReadOnlyList<SimilarProvision>[200];
        Parallel.For(0, results.Length, i =>
        {
            var p = Provisions[i % Provisions.Length];
            results[i] = Index.NearestPerPlatform(p.Text, p.Categories[0], excludePlatform: p.PlatformSlug);
        });

        for (var i = 0; i < results.Length; i++)
            Assert.Equal(expected[i % Provisions.Length], results[i]);
    }

    [Fact]
    public void Two_provisions_with_one_key_are_refused()
    {
        var twice = Provisions.Append(Provisions[0] with { Text = "Another text." });

        var error = Assert.Throws<ArgumentException>(() => ProvisionSimilarityIndex.Build(twice));
        Assert.Contains("brindlewave/terms-of-service/p14", error.Message, StringComparison.Ordinal);
    }

    private static IndexedProvision Clause(string slug, string name, string type, string id, string category, string text) =>
        new($"{slug}/{type}/{id}", slug, name, type, $"{name} {type}", id, text, [category]);
}

using System.Text.RegularExpressions;
using Clauseline.Analysis;
using Clauseline.Analysis.Compliance;
using Clauseline.Analysis.Exposure;
using Clauseline.Catalog;

namespace Clauseline.Tests.Analysis;

/// <summary>
/// The compliance analysis of a provision follows its own wording and the reader's profile, cites the regulations
/// it touches, finds the provisions and documents that bear on it, and reads it in words of its own. Every clause
/// here is fictional, written for these tests; the platform is the invented Quillmark.
/// </summary>
public sealed partial class ComplianceAnalysisTests
{
    private const string Platform = "Quillmark";

    private const string AccountUnauthorised =
        "You are responsible for all activity that occurs under your account, whether or not you authorised it, "
        + "and you must keep your sign-in details to yourself.";

    private const string AccountPlain =
        "You are responsible for keeping your sign-in details to yourself and for the people you invite to your workspace.";

    private const string TrainingNoOptOut =
        "Quillmark may use the prompts and files you submit to train and improve its machine learning models.";

    private const string TrainingOptOut =
        "Quillmark may use the prompts and files you submit to train and improve its machine learning models. "
        + "You can opt out at any time from the privacy panel of your workspace.";

    private const string Subprocessors =
        "Quillmark may engage subprocessors to handle Customer Data on its behalf and will post each new one on its "
        + "website at least thirty (30) days' notice before it starts work.";

    private const string BillingDisputes =
        "If you believe an invoice is wrong you must write to our billing team within 30 days of its date; after that "
        + "the invoice is treated as accepted.";

    /// <summary>Fictional provisions of twelve categories, for the parts and the reading rule.</summary>
    public static TheoryData<string, string> Provisions => new()
    {
        { "account-responsibility", AccountUnauthorised },
        { "subprocessors", Subprocessors },
        { "billing-disputes", BillingDisputes },
        { "ai-training", TrainingNoOptOut },
        { "liability-cap", "Our combined liability for every claim under these terms is limited to the greater of $100 or the fees you paid us in the twelve (12) months before the claim." },
        { "choice-of-law", "These terms and any dispute about them are governed by the laws of Ireland, without regard to its conflict rules." },
        { "jurisdiction", "Each party submits to the exclusive jurisdiction of the courts of Dublin, Ireland for any dispute under these terms." },
        { "arbitration", "Any disagreement will be settled by a single arbitrator administered by the Harbourline Arbitration Centre, and not in court." },
        { "automatic-renewal", "Your plan renews for another year unless you cancel it with at least 14 days' notice before the renewal date." },
        { "unilateral-termination", "We may suspend or close your account at any time, for any reason, without notice to you." },
        { "security-incident-notification", "We will tell you about a security incident affecting your data without undue delay and within 48 hours of confirming it." },
        { "data-after-termination", "After your subscription ends you have 60 days to export your content, after which we delete it from our systems." },
        { "content-licence", "You give us a worldwide, royalty-free and sublicensable licence to host, copy and display the content you upload." },
        { "availability-sla", "We aim to keep the service available 99.9% of each month, and service credits are your sole and exclusive remedy for any shortfall." },
    };

    [Theory]
    [MemberData(nameof(Provisions))]
    public void Every_part_is_present_and_filled(string category, string text)
    {
        var analysis = Analyse(category, text, Profile("eu-business-controller"));

        Assert.NotEmpty(analysis.Reading.States);
        Assert.NotEmpty(analysis.Reading.MeansForYou);
        Assert.NotEmpty(analysis.RegulatoryLandscape);
        Assert.All(analysis.RegulatoryLandscape, item => Assert.False(string.IsNullOrWhiteSpace(item.Text)));
        Assert.NotEmpty(analysis.GovernanceExposure.RangeText);
        Assert.NotEmpty(analysis.GovernanceExposure.Drivers);
        Assert.NotEmpty(analysis.GovernanceExposure.EnforcementRisk);
        Assert.NotEmpty(analysis.JurisdictionFlags);
        Assert.All(analysis.JurisdictionFlags, flag => Assert.NotEmpty(flag.Watch));
        Assert.NotEmpty(analysis.ContractImplications);
        Assert.True(analysis.ComplianceConsiderations.Count >= 2);
    }

    [Theory]
    [MemberData(nameof(Provisions))]
    public void The_reading_never_repeats_eight_consecutive_words_of_the_provision(string category, string text)
    {
        foreach (var profile in Profiles.All)
        {
            var reading = Analyse(category, text, profile).Reading;

            Assert.Null(SharedRun(text, reading.States));
            Assert.Null(SharedRun(text, reading.MeansForYou));
        }
    }

    [Fact]
    public void A_reading_whose_template_would_echo_the_provision_falls_back_to_other_words()
    {
        // The clause is written to repeat the first template of its category word for word.
        const string echo = "Quillmark treats whatever is done through your login, tokens or keys as done by you, and expects you to guard them.";

        var reading = Analyse("account-responsibility", echo, Profile("eu-business-controller")).Reading;

        Assert.Null(SharedRun(echo, reading.States));
        Assert.NotEmpty(reading.States);
    }

    [Fact]
    public void Every_analysis_carries_the_notice_that_it_is_not_legal_advice()
    {
        var analysis = Analyse("subprocessors", Subprocessors, Profile("unknown"));

        Assert.Contains("not legal advice", analysis.Notice, StringComparison.Ordinal);
    }

    [Fact]
    public void Unauthorised_activity_wording_changes_the_exposure_and_the_considerations()
    {
        var profile = Profile("eu-business-controller");
        var strict = Analyse("account-responsibility", AccountUnauthorised, profile);
        var plain = Analyse("account-responsibility", AccountPlain, profile);

        Assert.Contains(strict.GovernanceExposure.Drivers, d => d.DriverId == "regardless-of-authorisation" && d.Text.Contains("whether or not you authorised", StringComparison.Ordinal));
        Assert.DoesNotContain(plain.GovernanceExposure.Drivers, d => d.DriverId == "regardless-of-authorisation");
        Assert.True(strict.GovernanceExposure.Score > plain.GovernanceExposure.Score);
        Assert.Contains(strict.ComplianceConsiderations, p => p.Source == "wording:regardless-of-authorisation");
        Assert.NotEqual(Texts(strict.ComplianceConsiderations), Texts(plain.ComplianceConsiderations));
        Assert.NotEqual(Texts(strict.ContractImplications), Texts(plain.ContractImplications));
        Assert.NotEqual(strict.Reading, plain.Reading);
    }

    [Fact]
    public void An_opt_out_from_training_changes_the_exposure_and_the_considerations()
    {
        var profile = Profile("eu-business-controller");
        var locked = Analyse("ai-training", TrainingNoOptOut, profile);
        var optional = Analyse("ai-training", TrainingOptOut, profile);

        Assert.Contains(optional.GovernanceExposure.Drivers, d => d.DriverId == "opt-out" && d.Delta < 0);
        Assert.DoesNotContain(locked.GovernanceExposure.Drivers, d => d.DriverId == "opt-out");
        Assert.True(optional.GovernanceExposure.Score < locked.GovernanceExposure.Score);
        Assert.Contains(optional.ComplianceConsiderations, p => p.Source == "wording:opt-out");
        Assert.NotEqual(Texts(locked.ComplianceConsiderations), Texts(optional.ComplianceConsiderations));
    }

    [Fact]
    public void The_same_clause_reads_differently_for_an_eu_consumer_and_a_uk_fintech()
    {
        var consumer = Analyse("account-responsibility", AccountUnauthorised, Profile("eu-consumer"));
        var fintech = Analyse("account-responsibility", AccountUnauthorised, Profile("uk-fintech-startup"));

        Assert.NotEqual(Drivers(consumer), Drivers(fintech));
        Assert.Contains(fintech.GovernanceExposure.Drivers, d => d.DriverId == "mfa-not-enforced");
        Assert.Contains(fintech.ComplianceConsiderations, p => p.Source == "profile:mfa-not-enforced");
        Assert.NotEqual(Texts(consumer.ComplianceConsiderations), Texts(fintech.ComplianceConsiderations));
        Assert.Equal(["eu"], consumer.JurisdictionFlags.Select(f => f.Jurisdiction));
        Assert.Equal(["uk"], fintech.JurisdictionFlags.Select(f => f.Jurisdiction));
    }

    [Fact]
    public void Enforced_mfa_lowers_the_exposure_and_changes_the_considerations()
    {
        var enforced = Analyse("account-responsibility", AccountUnauthorised, WithMfa(true));
        var not = Analyse("account-responsibility", AccountUnauthorised, WithMfa(false));

        Assert.True(enforced.GovernanceExposure.Score < not.GovernanceExposure.Score);
        Assert.Contains(enforced.ComplianceConsiderations, p => p.Source == "profile:mfa-enforced");
        Assert.Contains(not.ComplianceConsiderations, p => p.Source == "profile:mfa-not-enforced");
        Assert.NotEqual(Texts(enforced.ComplianceConsiderations), Texts(not.ComplianceConsiderations));
    }

    [Fact]
    public void An_unstated_security_posture_is_a_range_with_what_would_settle_it()
    {
        var analysis = Analyse("account-responsibility", AccountPlain, Profile("unknown"));

        Assert.Contains("depending on", analysis.GovernanceExposure.RangeText, StringComparison.Ordinal);
        Assert.Contains(analysis.GovernanceExposure.Movers, m => m.Contains("MFA policy", StringComparison.Ordinal) && m.Contains("would settle it", StringComparison.Ordinal));
    }

    [Fact]
    public void Subprocessors_under_the_gdpr_cite_article_28_first()
    {
        var analysis = Analyse("subprocessors", Subprocessors, Profile("eu-business-controller"));

        var first = analysis.RegulatoryLandscape[0];
        Assert.Equal("gdpr", first.RegulationId);
        Assert.Equal(Relevance.Applies, first.Relevance);
        Assert.Contains("GDPR, Regulation (EU) 2016/679", first.Citation, StringComparison.Ordinal);
        Assert.Contains("Art. 28", first.Citation, StringComparison.Ordinal);
        Assert.Contains("Quillmark", first.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Regulations_of_other_jurisdictions_are_kept_after_and_marked()
    {
        var analysis = Analyse("subprocessors", Subprocessors, Profile("uk-fintech-startup"));

        var landscape = analysis.RegulatoryLandscape.ToList();
        Assert.Equal("uk-gdpr", landscape[0].RegulationId);
        var gdpr = Assert.Single(landscape, i => i.RegulationId == "gdpr");
        Assert.Equal(Relevance.OtherJurisdiction, gdpr.Relevance);
        Assert.NotNull(gdpr.Note);
        Assert.True(landscape.IndexOf(gdpr) > landscape.IndexOf(landscape.Last(i => i.Relevance == Relevance.Applies)));
    }

    [Fact]
    public void Regulations_aimed_at_another_sector_or_audience_are_marked_outside_scope()
    {
        var analysis = Analyse("subprocessors", Subprocessors, Profile("eu-business-controller"));

        var dora = Assert.Single(analysis.RegulatoryLandscape, i => i.RegulationId == "dora");
        Assert.Equal(Relevance.OutsideScope, dora.Relevance);
    }

    [Fact]
    public void Choice_of_law_for_an_eu_consumer_flags_rome_i_article_6_and_names_the_law()
    {
        var analysis = Analyse("choice-of-law", "These terms are governed by the laws of Ireland, whatever country you live in.", Profile("eu-consumer"));

        var eu = Assert.Single(analysis.JurisdictionFlags);
        Assert.Contains(eu.Watch, w => w.StartsWith("Rome I", StringComparison.Ordinal) && w.Contains("Art. 6", StringComparison.Ordinal));
        Assert.Contains("Ireland", analysis.Reading.States, StringComparison.Ordinal);
    }

    [Fact]
    public void Jurisdiction_for_an_eu_consumer_flags_brussels_ia()
    {
        var analysis = Analyse("jurisdiction", "Only the courts of Dublin, Ireland may hear a claim about these terms.", Profile("eu-consumer"));

        Assert.Contains(analysis.JurisdictionFlags[0].Watch, w => w.StartsWith("Brussels Ia", StringComparison.Ordinal) && w.Contains("Art. 18", StringComparison.Ordinal));
        Assert.Contains("Dublin, Ireland", analysis.Reading.States, StringComparison.Ordinal);
    }

    [Fact]
    public void Arbitration_for_an_eu_consumer_flags_the_unfair_terms_annex()
    {
        var analysis = Analyse("arbitration", "Every dispute goes to a sole arbitrator and never to a court.", Profile("eu-consumer"));

        Assert.Contains(analysis.JurisdictionFlags[0].Watch, w => w.Contains("Annex 1(q)", StringComparison.Ordinal));
    }

    [Fact]
    public void Automatic_renewal_in_california_flags_the_automatic_renewal_law()
    {
        var analysis = Analyse("automatic-renewal", "Your plan renews each month until you cancel it.", Profile("us-consumer"));

        Assert.Equal(["us", "us-ca"], analysis.JurisdictionFlags.Select(f => f.Jurisdiction));
        Assert.Contains(analysis.JurisdictionFlags[1].Watch, w => w.StartsWith("California ARL", StringComparison.Ordinal) && w.Contains("§17602", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_profile_sees_every_jurisdiction_with_a_note()
    {
        var analysis = Analyse("automatic-renewal", "Your plan renews each month until you cancel it.", Profile("unknown"));

        Assert.Equal(["eu", "uk", "us", "us-ca"], analysis.JurisdictionFlags.Select(f => f.Jurisdiction));
        Assert.All(analysis.JurisdictionFlags, f => Assert.False(f.Stated));
        Assert.All(analysis.JurisdictionFlags, f => Assert.NotNull(f.Note));
    }

    [Fact]
    public void A_billing_disputes_neighbour_is_related_to_account_responsibility()
    {
        NeighbourProvision[] document =
        [
            new("p4", AccountUnauthorised, ["Accounts"], "4", ["account-responsibility"]),
            new("p7", BillingDisputes, ["Fees", "Disputed invoices"], "7.3", ["billing-disputes"]),
            new("p12", "You must follow export laws when you use the service.", ["Export"], "12", ["export-control"]),
        ];

        var analysis = Analyse("account-responsibility", AccountUnauthorised, Profile("eu-business-controller"), document);

        var related = Assert.Single(analysis.RelatedProvisions);
        Assert.Equal("p7", related.ProvisionId);
        Assert.Equal("7.3 Disputed invoices", related.Label);
        Assert.Equal("billing-disputes", related.CategoryId);
        Assert.StartsWith("7.3 Disputed invoices", related.Why, StringComparison.Ordinal);
    }

    [Fact]
    public void The_platforms_other_tracked_documents_are_mentioned_where_they_bear()
    {
        TrackedDocument[] others = [new("subprocessor-list", "Quillmark Subprocessor Directory"), new("cookie-policy", "Quillmark Cookie Notice")];

        var with = Analyse("subprocessors", Subprocessors, Profile("eu-business-controller"), others: others);
        var without = Analyse("subprocessors", Subprocessors, Profile("eu-business-controller"));

        var mention = Assert.Single(with.ContractImplications, p => p.Source.StartsWith("document:", StringComparison.Ordinal));
        Assert.Equal("document:subprocessor-list", mention.Source);
        Assert.Contains("Quillmark Subprocessor Directory", mention.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(without.ContractImplications, p => p.Source.StartsWith("document:", StringComparison.Ordinal));
    }

    [Fact]
    public void Considerations_name_the_periods_and_amounts_the_clause_states()
    {
        var billing = Analyse("billing-disputes", BillingDisputes, Profile("us-consumer"));
        var cap = Analyse("liability-cap", "Our liability for all claims together will not exceed $250.", Profile("unknown"));
        var renewal = Analyse("automatic-renewal", "The plan renews yearly unless you cancel with at least 14 days' notice.", Profile("us-consumer"));

        Assert.Contains(billing.ComplianceConsiderations, p => p.Text.StartsWith("Diary the 30-day window for disputing charges", StringComparison.Ordinal));
        Assert.Contains(cap.ComplianceConsiderations, p => p.Text.Contains("$250", StringComparison.Ordinal));
        Assert.Contains("$250", cap.Reading.States, StringComparison.Ordinal);
        Assert.Contains(renewal.ComplianceConsiderations, p => p.Text.Contains("14-day cancellation notice", StringComparison.Ordinal));
    }

    [Fact]
    public void A_fee_based_cap_is_read_in_months_of_fees()
    {
        var analysis = Analyse("liability-cap", "Total liability is limited to the amounts you paid in the twelve (12) months before the event.", Profile("unknown"));

        Assert.Contains("12 months of fees", analysis.Reading.States, StringComparison.Ordinal);
    }

    [Fact]
    public void The_platform_is_named_as_the_party_that_acts_or_the_provider_when_unnamed()
    {
        var named = Analyse("subprocessors", Subprocessors, Profile("unknown"));
        var unnamed = ComplianceAnalyzer.Default.Analyse(Subject("subprocessors", Subprocessors, Profile("unknown"), platform: ""));

        Assert.StartsWith("Quillmark ", named.Reading.States, StringComparison.Ordinal);
        Assert.StartsWith("The provider ", unnamed.Reading.States, StringComparison.Ordinal);
    }

    [Fact]
    public void A_provision_without_a_category_cannot_be_analysed()
    {
        var subject = Subject("subprocessors", Subprocessors, Profile("unknown")) with { Categories = [] };

        Assert.Throws<ArgumentException>(() => ComplianceAnalyzer.Default.Analyse(subject));
    }

    [Fact]
    public void Considerations_cover_every_category_and_every_exposure_rule()
    {
        var considerations = Considerations.Default;

        Assert.Empty(considerations.Gaps(Taxonomy.Default, ExposureRules.Default));
        Assert.All(Taxonomy.Default.Categories, c => Assert.True(considerations.Categories[c.Id].Considerations.Count >= 2, c.Id));
        Assert.All(ExposureRules.Default.Wording, r => Assert.False(string.IsNullOrWhiteSpace(considerations.Wording[r.Id].Consideration), r.Id));
        Assert.All(ExposureRules.Default.Profile, r => Assert.False(string.IsNullOrWhiteSpace(considerations.Profile[r.Id].Implication), r.Id));
    }

    [Fact]
    public void Considerations_name_only_known_document_types_regulations_and_jurisdictions()
    {
        var considerations = Considerations.Default;

        Assert.All(considerations.Categories.Values.SelectMany(c => c.Documents.Keys), type => Assert.NotNull(DocumentTypes.Find(type)));
        Assert.All(considerations.Scopes.Keys, id => Assert.NotNull(RegulationBase.Default.Find(id)));
        Assert.All(RegulationBase.Default.All.SelectMany(r => r.Jurisdictions), j => Assert.True(considerations.Jurisdictions.ContainsKey(j), j));
        Assert.All(considerations.Categories.Keys, id => Assert.NotNull(Taxonomy.Default.Find(id)));
    }

    [Fact]
    public void Every_category_can_be_analysed_for_every_profile()
    {
        foreach (var category in Taxonomy.Default.Categories)
        {
            foreach (var profile in Profiles.All)
            {
                var analysis = Analyse(category.Id, "The service is provided under these terms.", profile);

                Assert.NotEmpty(analysis.Reading.States);
                Assert.NotEmpty(analysis.ComplianceConsiderations);
            }
        }
    }

    private static ComplianceAnalysis Analyse(string category, string text, Profile profile,
        IReadOnlyList<NeighbourProvision>? document = null, IReadOnlyList<TrackedDocument>? others = null) =>
        ComplianceAnalyzer.Default.Analyse(Subject(category, text, profile, document, others));

    private static AnalysisSubject Subject(string category, string text, Profile profile,
        IReadOnlyList<NeighbourProvision>? document = null, IReadOnlyList<TrackedDocument>? others = null, string platform = Platform)
    {
        var rated = new RatedCategory(new CategoryMatch(category, 0.9, []), ExposureRater.Default.Rate(category, text, profile));
        return new AnalysisSubject("p4", text, ["Accounts"], "4", platform, "Quillmark Terms of Service", [rated], document ?? [], others ?? [], profile);
    }

    private static Profile Profile(string id) => Profiles.Find(id) ?? throw new KeyNotFoundException(id);

    private static Profile WithMfa(bool enforced) =>
        new("mfa", "MFA test", "A US business whose only stated security fact is its MFA policy.", Audience.Business, ["us"],
            Security: new SecurityPosture(MfaEnforced: enforced, PrivilegedUsers: 2, ApiKeys: 3, ThirdPartyIntegrations: 1, ContractorsWithAccess: false));

    private static string[] Texts(IEnumerable<CompliancePoint> points) => [.. points.Select(p => p.Text)];

    private static string[] Drivers(ComplianceAnalysis analysis) => [.. analysis.GovernanceExposure.Drivers.Select(d => d.DriverId)];

    /// <summary>The first run of eight consecutive words (lower-cased) that the reading shares with the provision, or null.</summary>
    private static string? SharedRun(string provision, string reading)
    {
        static List<string> Words(string text) => [.. Word().Matches(text).Select(m => m.Value.ToLowerInvariant())];
        static IEnumerable<string> Runs(List<string> words) => Enumerable.Range(0, Math.Max(0, words.Count - 7)).Select(i => string.Join(' ', words.GetRange(i, 8)));
        var runs = Runs(Words(provision)).ToHashSet();
        return Runs(Words(reading)).FirstOrDefault(runs.Contains);
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();
}

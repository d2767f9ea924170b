using System.Text;
using Clauseline.Analysis;
using Clauseline.Analysis.Exposure;

namespace Clauseline.Tests.Analysis;

/// <summary>Exposure: the category's baseline, the provision's wording and the subscriber's profile, each a stated driver.</summary>
public sealed class ExposureTests
{
    // Written for these tests: a fictional analytics platform's clause on API keys.
    private const string KeysClause = "Keep your API keys and passwords secret and do not share them with anyone outside your organisation.";

    private static readonly Profile MfaEnforced = new("careful", "Careful", "", Audience.Business, ["uk"], Sector: "general",
        Security: new SecurityPosture(MfaEnforced: true, PrivilegedUsers: 3, ApiKeys: 4, ThirdPartyIntegrations: 2, ContractorsWithAccess: false));

    private static readonly Profile MfaNotEnforced = MfaEnforced with
    {
        Id = "exposed",
        Security = MfaEnforced.Security! with { MfaEnforced = false },
    };

    [Fact]
    public void One_provision_is_rated_differently_under_two_profiles_because_of_their_mfa_policy()
    {
        var careful = ExposureRater.Default.Rate("credential-security", KeysClause, MfaEnforced);
        var exposed = ExposureRater.Default.Rate("credential-security", KeysClause, MfaNotEnforced);
        Assert.Equal(ExposureLevel.Low, careful.Level);
        Assert.Equal(ExposureLevel.High, exposed.Level);
        Assert.Contains(careful.Drivers, d => d.Id == "mfa-enforced" && d.Delta < 0);
        Assert.Contains(exposed.Drivers, d => d.Id == "mfa-not-enforced" && d.Delta > 0 && d.Description.Contains("multi-factor", StringComparison.Ordinal));
        // Everything else about the two ratings is the same: the one stated difference decides it.
        Assert.Equal(careful.Drivers.Where(d => !d.Id.StartsWith("mfa", StringComparison.Ordinal)), exposed.Drivers.Where(d => !d.Id.StartsWith("mfa", StringComparison.Ordinal)));
        Assert.Equal("low", careful.Range);
        Assert.Empty(careful.Movers);
    }

    [Fact]
    public void An_unknown_security_posture_gives_a_range_and_says_what_moves_it()
    {
        var unknown = Profile.Unknown with { Audience = Audience.Business, Jurisdictions = ["uk"], Sector = "general" };
        var rating = ExposureRater.Default.Rate("credential-security", KeysClause, unknown);
        Assert.Equal(ExposureLevel.Low, rating.Lowest);
        Assert.Equal(ExposureLevel.High, rating.Highest);
        Assert.Equal("low-high", rating.Range);
        Assert.Equal("Low to High depending on security posture", rating.RangeText);
        var mover = Assert.Single(rating.Movers);
        Assert.Equal(ExposureLevel.Low, mover.IfFavourable);
        Assert.Equal(ExposureLevel.High, mover.IfUnfavourable);
    }

    [Fact]
    public void Wording_drivers_quote_the_provision_and_move_the_score_both_ways()
    {
        var profile = Profiles.Find("eu-business-controller")!;
        var harsh = ExposureRater.Default.Rate("unilateral-termination",
            "We may suspend or close your workspace at any time, for any reason, without notice.", profile);
        var fair = ExposureRater.Default.Rate("unilateral-termination",
            "We may close your workspace if you materially breach these terms, after giving you 30 days' notice.", profile);
        Assert.Contains(harsh.Drivers, d => d.Id == "any-reason" && d.Quote == "for any reason");
        Assert.Contains(harsh.Drivers, d => d.Id == "without-notice" && d.Quote == "without notice");
        Assert.Contains(fair.Drivers, d => d.Id == "prior-notice" && d.Delta < 0 && d.Quote == "30 days' notice");
        Assert.Contains(fair.Drivers, d => d.Id == "for-cause");
        Assert.True(harsh.Score > fair.Score + 30, $"{harsh.Score} against {fair.Score}");
        Assert.Equal(ExposureLevel.High, harsh.Level);
        Assert.Equal(ExposureLevel.Medium, fair.Level);
    }

    [Fact]
    public void A_consumer_in_the_eu_is_more_exposed_to_an_arbitration_clause_than_a_business()
    {
        const string clause = "Any dispute will be resolved by binding arbitration in Delaware.";
        var consumer = ExposureRater.Default.Rate("arbitration", clause, Profiles.Find("eu-consumer")!);
        var business = ExposureRater.Default.Rate("arbitration", clause, Profiles.Find("eu-business-controller")!);
        Assert.True(consumer.Score > business.Score);
        Assert.Contains(consumer.Drivers, d => d.Kind == DriverKind.Profile && d.Id == "consumer");
        Assert.Contains(business.Drivers, d => d.Kind == DriverKind.Profile && d.Id == "business");
        Assert.Equal(DriverKind.Baseline, consumer.Drivers[0].Kind);
    }

    [Fact]
    public void Named_profiles_load_and_a_profile_file_is_read_or_refused_clearly()
    {
        Assert.Contains(Profiles.All, p => p.Id == "eu-consumer" && p.Audience == Audience.Consumer && p.In("eu"));
        Assert.Contains(Profiles.All, p => p.Id == "unknown");
        var path = Path.Combine(Path.GetTempPath(), $"profile-{Guid.NewGuid():N}.json");
        try
        {
            File.WriteAllText(path, """{"id":"ours","audience":"business","jurisdictions":["eu","uk"],"security":{"mfa_enforced":false}}""");
            var ours = Profiles.Resolve(path);
            Assert.Equal(Audience.Business, ours.Audience);
            Assert.False(ours.Security!.MfaEnforced);
            Assert.Null(ours.Security.ApiKeys);
            File.WriteAllText(path, """{"id":"bad","audience":"robot"}""");
            Assert.Contains("neither 'consumer' nor 'business'", Assert.Throws<InvalidDataException>(() => Profiles.Resolve(path)).Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
        Assert.Contains("Known profiles", Assert.Throws<InvalidDataException>(() => Profiles.Resolve("no-such-profile")).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"version":"1","levels":{"medium_from":40,"high_from":65},"baseline":{"low":25,"medium":45,"high":65},"wording":[{"id":"w","pattern":"(","delta":5,"description":"d"}],"profile":[]}""", "not a valid regular expression")]
    [InlineData("""{"version":"1","levels":{"medium_from":40,"high_from":65},"baseline":{"low":25,"medium":45,"high":65},"wording":[],"profile":[{"id":"p","when":{"field":"shoe_size","is":"9"},"delta":5,"description":"d","unknown":"u"}]}""", "not a profile field")]
    [InlineData("""{"version":"1","levels":{"medium_from":40},"baseline":{"low":25,"medium":45,"high":65},"wording":[],"profile":[]}""", "malformed")]
    public void Malformed_exposure_rules_are_refused_with_the_reason(string json, string reason)
    {
        var e = Assert.Throws<InvalidDataException>(() => ExposureRules.Load(new MemoryStream(Encoding.UTF8.GetBytes(json))));
        Assert.Contains(reason, e.Message, StringComparison.Ordinal);
    }
}

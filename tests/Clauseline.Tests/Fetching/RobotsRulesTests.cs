using Clauseline.Fetching;

namespace Clauseline.Tests.Fetching;

/// <summary>robots.txt matching as RFC 9309 defines it.</summary>
public sealed class RobotsRulesTests
{
    private static bool Allowed(string robots, string path) =>
        RobotsRules.Parse(robots, FetchOptions.RobotsToken).IsAllowed(new Uri("https://example.com" + path));

    [Fact]
    public void The_group_naming_our_token_wins_over_the_star_group()
    {
        const string robots = "User-agent: *\nDisallow: /\n\nUser-agent: Clauseline\nAllow: /legal/\nDisallow: /\n";
        Assert.True(Allowed(robots, "/legal/terms"));
        Assert.False(Allowed(robots, "/account"));
    }

    [Fact]
    public void The_longest_match_wins_and_allow_wins_a_tie()
    {
        const string robots = "User-agent: *\nDisallow: /legal/\nAllow: /legal/terms\nAllow: /page\nDisallow: /page\n";
        Assert.True(Allowed(robots, "/legal/terms.html"));
        Assert.False(Allowed(robots, "/legal/privacy"));
        Assert.True(Allowed(robots, "/page"));
    }

    [Fact]
    public void Wildcards_and_end_anchors_match_as_specified()
    {
        const string robots = "User-agent: *\nDisallow: /*.pdf$\nDisallow: /private*/\n";
        Assert.False(Allowed(robots, "/legal/dpa.pdf"));
        Assert.True(Allowed(robots, "/legal/dpa.pdf?download=1"));
        Assert.False(Allowed(robots, "/private-area/x"));
    }

    [Fact]
    public void Consecutive_user_agent_lines_share_one_group_and_comments_are_ignored()
    {
        const string robots = "User-agent: otherbot\nUser-agent: clauseline # us\nDisallow: /drafts/ # not public\n";
        Assert.False(Allowed(robots, "/drafts/terms"));
        Assert.True(Allowed(robots, "/terms"));
    }

    [Fact]
    public void An_empty_disallow_allows_everything_and_robots_txt_itself_is_always_allowed()
    {
        Assert.True(Allowed("User-agent: *\nDisallow:\n", "/anything"));
        Assert.True(Allowed("User-agent: *\nDisallow: /\n", "/robots.txt"));
    }
}

using Clauseline.Archive;
using Clauseline.Records;

namespace Clauseline.Tests.Records;

/// <summary>
/// Confirmation and flip-backs on substance histories written as strings: each version is a substance letter
/// and the hours since the first version ("A@0 B@30 B'@31" is A, then B thirty hours in, then a cosmetic variant
/// of B an hour later; a trailing "*" marks a technical upgrade).
/// </summary>
public sealed class ConfirmationTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Day = TimeSpan.FromHours(24);

    private static List<StoredChange> History(string history)
    {
        var versions = new List<StoredChange>();
        foreach (var (step, i) in history.Split(' ').Select((s, i) => (s, i)))
        {
            var (key, hours) = (step[..step.IndexOf('@', StringComparison.Ordinal)], step[(step.IndexOf('@', StringComparison.Ordinal) + 1)..]);
            var upgrade = hours.EndsWith('*');
            var kind = i == 0 ? VersionKinds.Initial : upgrade ? VersionKinds.TechnicalUpgrade : VersionKinds.Change;
            // A cosmetic variant ("B'") has the same substance as B.
            versions.Add(new StoredChange(i + 1, i + 1, Start.AddHours(double.Parse(hours.TrimEnd('*'), System.Globalization.CultureInfo.InvariantCulture)), kind,
                i == 0 ? null : i, key.TrimEnd('\''), "substantive", "headline", null));
        }
        return versions;
    }

    private static string Describe(IReadOnlyList<ChangeState> states) =>
        string.Join(' ', states.Select(s => $"{s.Status.ToString().ToLowerInvariant()[0]}{(s.FlipBack ? "F" : "")}{(s.Alert ? "!" : "")}"));

    [Theory]
    // Status letter per version (c confirmed, p pending, t transient), F for a flip-back, ! for an alert.
    [InlineData("A@0 B@30", 60, "c c!")]
    [InlineData("A@0 B@30", 40, "c p!")]
    [InlineData("A@0 B@30 A@32", 100, "c tF cF")]
    [InlineData("A@0 B@30 A@32", 40, "c tF pF")]
    [InlineData("A@0 B@30 C@35", 100, "c tF c!")]
    [InlineData("A@0 B@30 B'@31 B'@60", 100, "c c! c c")]
    [InlineData("A@0 A'@1 A'@2 A'@3", 100, "c c c c")]
    [InlineData("A@0 B@30 A@60 B@90", 200, "c c! cF cF")]
    [InlineData("A@0 B@30 C@60 D@90 A@120", 200, "c c! c! c! c!")]
    [InlineData("A@0 B@30 C@60 D@90 B@120", 200, "c c! c! c! cF")]
    [InlineData("A@0 B@30 B@40* C@45", 100, "c tF t c!")]
    [InlineData("A@0 B@1 C@2 D@3", 100, "c tF tF c!")]
    public void Statuses_follow_the_substance_history(string history, int hoursLater, string expected)
    {
        var states = Confirmation.Evaluate(History(history), Start.AddHours(hoursLater), Day);
        Assert.Equal(expected, Describe(states));
    }

    [Fact]
    public void A_transient_is_a_flip_back_and_the_next_change_alerts_against_the_last_confirmed_version()
    {
        var states = Confirmation.Evaluate(History("A@0 A'@10 B@30 C@31"), Start.AddHours(100), Day);
        Assert.True(states[2].FlipBack);
        Assert.False(states[2].Alert);
        // C is compared with A' (the last version of the confirmed A), never with B, the version just before it.
        Assert.Equal(2, states[3].AlertFromVersionId);
    }

    [Fact]
    public void A_pending_change_says_when_it_will_be_confirmed()
    {
        var states = Confirmation.Evaluate(History("A@0 B@30"), Start.AddHours(40), Day);
        Assert.Equal(ChangeStatus.Pending, states[1].Status);
        Assert.Equal(Start.AddHours(54), states[1].ConfirmsAt);
        Assert.True(states[1].Alert);
    }

    [Fact]
    public void The_window_is_configurable()
    {
        var history = History("A@0 B@30 C@36");
        Assert.Equal(ChangeStatus.Transient, Confirmation.Evaluate(history, Start.AddHours(100), Day)[1].Status);
        Assert.Equal(ChangeStatus.Confirmed, Confirmation.Evaluate(history, Start.AddHours(100), TimeSpan.FromHours(6))[1].Status);
    }
}

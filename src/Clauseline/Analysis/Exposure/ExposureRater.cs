using System.Globalization;

namespace Clauseline.Analysis.Exposure;

/// <summary>
/// Rates how exposed a provision of a category leaves a subscriber: the category's baseline, plus the provision's
/// own wording, plus the facts of the profile, each a driver with its reason. Profile facts the subscriber has not
/// stated are taken at every value they could have: the level is given at their middle, with the range they span
/// and, for each, what it would give at either end ("Medium to High depending on security posture").
/// </summary>
public sealed class ExposureRater(Taxonomy taxonomy, ExposureRules rules)
{
    private const int QuoteLength = 90;

    public static ExposureRater Default { get; } = new(Taxonomy.Default, ExposureRules.Default);

    public ExposureRules Rules => rules;

    public ExposureAssessment Rate(string categoryId, string text, Profile profile)
    {
        var category = taxonomy.Get(categoryId);
        var drivers = new List<ExposureDriver>();
        var baseline = rules.Baseline[category.DefaultExposure];
        drivers.Add(new ExposureDriver(DriverKind.Baseline, category.Id,
            $"{category.Name} clauses start at {category.DefaultExposure.Title()}", baseline, null));
        var fixedScore = baseline;
        foreach (var rule in rules.Wording)
        {
            if (!rule.AppliesTo(categoryId) || rule.Pattern.MatchOrNone(text) is not { Success: true } m)
            {
                continue;
            }
            drivers.Add(new ExposureDriver(DriverKind.Wording, rule.Id, rule.Description, rule.Delta, Quote(m.Value)));
            fixedScore += rule.Delta;
        }
        var unknown = new List<(string Field, string Description, int Min, int Max)>();
        foreach (var group in rules.Profile.Where(r => r.AppliesTo(categoryId)).GroupBy(Key))
        {
            var first = group.First();
            var known = ProfileFields.Read(profile, first.Field, first.Value);
            if (known is not null)
            {
                foreach (var rule in group.Where(r => Holds(r, known)))
                {
                    drivers.Add(new ExposureDriver(DriverKind.Profile, rule.Id, rule.Description, rule.Delta, null));
                    fixedScore += rule.Delta;
                }
                continue;
            }
            var outcomes = Candidates(group).Select(value => group.Where(r => Holds(r, value)).Sum(r => r.Delta)).ToList();
            var (min, max) = (outcomes.Min(), outcomes.Max());
            if (min != max)
            {
                unknown.Add((group.Key, first.Unknown, min, max));
            }
            else if (min != 0)
            {
                fixedScore += min;
            }
        }
        // Facts a reader states together ("security posture": MFA, privileged users, keys, …) move the level together.
        unknown = [.. unknown.GroupBy(u => u.Description).Select(g => (string.Join(", ", g.Select(u => u.Field)), g.Key, g.Sum(u => u.Min), g.Sum(u => u.Max)))];
        var middle = unknown.Sum(u => u.Min + u.Max) / 2;
        var score = Clamp(fixedScore + middle);
        var lowest = rules.LevelOf(Clamp(fixedScore + unknown.Sum(u => u.Min)));
        var highest = rules.LevelOf(Clamp(fixedScore + unknown.Sum(u => u.Max)));
        // What each unknown fact would give alone; when none moves the level alone but together they do, all are named.
        var movers = unknown.Select(u =>
        {
            var rest = middle - (u.Min + u.Max) / 2;
            return new ExposureMover(u.Field, u.Description, rules.LevelOf(Clamp(fixedScore + rest + u.Min)), rules.LevelOf(Clamp(fixedScore + rest + u.Max)));
        }).ToList();
        var moving = movers.Where(m => m.IfFavourable != m.IfUnfavourable).ToList();
        movers = moving.Count > 0 || lowest == highest ? moving : movers;
        return new ExposureAssessment(categoryId, rules.LevelOf(score), lowest, highest, score, drivers, movers);
    }

    private static string Key(ProfileRule rule) => rule.Field == "jurisdiction" ? $"jurisdiction:{rule.Value}" : rule.Field;

    private static bool Holds(ProfileRule rule, string value) => rule.AtLeast is { } least
        ? int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= least
        : string.Equals(rule.Value, value, StringComparison.Ordinal);

    /// <summary>Every value an unknown field could take that matters to these rules, and one that none of them names.</summary>
    private static IEnumerable<string> Candidates(IEnumerable<ProfileRule> rules)
    {
        var list = rules.ToList();
        if (list.Any(r => r.AtLeast is not null))
        {
            return list.Where(r => r.AtLeast is not null).Select(r => r.AtLeast!.Value.ToString(CultureInfo.InvariantCulture)).Append("0");
        }
        return list.Select(r => r.Value!).Append(list[0].Field == "jurisdiction" ? "other" : "\u0000other").Distinct(StringComparer.Ordinal);
    }

    private static string Quote(string text)
    {
        var squashed = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return squashed.Length <= QuoteLength ? squashed : string.Concat(squashed.AsSpan(0, QuoteLength - 1), "…");
    }

    private static int Clamp(int score) => Math.Clamp(score, 0, 100);
}

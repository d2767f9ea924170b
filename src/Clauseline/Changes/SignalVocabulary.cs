namespace Clauseline.Changes;

/// <summary>
/// The words the signals look for, as data: modal cues with their strength, negations, parties with how wide a
/// circle each draws, and units of time with their length in days.
/// </summary>
internal static class SignalVocabulary
{
    /// <summary>Cues of duty and permission; a higher strength binds harder.</summary>
    public static readonly IReadOnlyDictionary<string, (int Strength, CueRole Role)> Modals = new Dictionary<string, (int, CueRole)>
    {
        ["may"] = (1, CueRole.Right),
        ["can"] = (1, CueRole.Right),
        ["is entitled to"] = (1, CueRole.Right),
        ["are entitled to"] = (1, CueRole.Right),
        ["has the right to"] = (1, CueRole.Right),
        ["have the right to"] = (1, CueRole.Right),
        ["reserves the right to"] = (1, CueRole.Right),
        ["reserve the right to"] = (1, CueRole.Right),
        ["is permitted to"] = (1, CueRole.Right),
        ["are permitted to"] = (1, CueRole.Right),
        ["should"] = (2, CueRole.None),
        ["will"] = (3, CueRole.Obligation),
        ["agrees to"] = (3, CueRole.Obligation),
        ["agree to"] = (3, CueRole.Obligation),
        ["shall"] = (4, CueRole.Obligation),
        ["must"] = (4, CueRole.Obligation),
        ["is required to"] = (4, CueRole.Obligation),
        ["are required to"] = (4, CueRole.Obligation),
        ["is obliged to"] = (4, CueRole.Obligation),
        ["are obliged to"] = (4, CueRole.Obligation),
    };

    public static readonly IReadOnlySet<string> Negations = new HashSet<string>(StringComparer.Ordinal)
    {
        "not", "no", "never", "neither", "nor", "without", "none",
    };

    /// <summary>Words after which "no" or "not" bounds a quantity instead of negating ("no later than").</summary>
    public static readonly IReadOnlySet<string> Comparatives = new HashSet<string>(StringComparer.Ordinal)
    {
        "later", "earlier", "sooner", "more", "less", "fewer",
    };

    /// <summary>Parties by the name they go by, with a breadth: group companies draw the smallest circle, anyone the widest.</summary>
    public static readonly IReadOnlyDictionary<string, (string Name, int Breadth)> Parties = new Dictionary<string, (string, int)>
    {
        ["affiliate"] = ("affiliates", 1),
        ["affiliates"] = ("affiliates", 1),
        ["subsidiary"] = ("subsidiaries", 1),
        ["subsidiaries"] = ("subsidiaries", 1),
        ["group companies"] = ("group companies", 1),
        ["agent"] = ("agents", 2),
        ["agents"] = ("agents", 2),
        ["contractor"] = ("contractors", 2),
        ["contractors"] = ("contractors", 2),
        ["subcontractor"] = ("subcontractors", 2),
        ["subcontractors"] = ("subcontractors", 2),
        ["service provider"] = ("service providers", 2),
        ["service providers"] = ("service providers", 2),
        ["processor"] = ("processors", 2),
        ["processors"] = ("processors", 2),
        ["partner"] = ("partners", 3),
        ["partners"] = ("partners", 3),
        ["advertiser"] = ("advertisers", 3),
        ["advertisers"] = ("advertisers", 3),
        ["end user"] = ("end users", 3),
        ["end users"] = ("end users", 3),
        ["successor"] = ("successors", 3),
        ["successors"] = ("successors", 3),
        ["third party"] = ("third parties", 4),
        ["third parties"] = ("third parties", 4),
        ["anyone"] = ("anyone", 5),
        ["any person"] = ("any person", 5),
    };

    /// <summary>Units of time, in days, so that "2 months" and "60 days" compare.</summary>
    public static readonly IReadOnlyDictionary<string, double> Periods = new Dictionary<string, double>
    {
        ["minute"] = 1.0 / 1440,
        ["minutes"] = 1.0 / 1440,
        ["hour"] = 1.0 / 24,
        ["hours"] = 1.0 / 24,
        ["day"] = 1,
        ["days"] = 1,
        ["calendar days"] = 1,
        ["business days"] = 7.0 / 5,
        ["working days"] = 7.0 / 5,
        ["week"] = 7,
        ["weeks"] = 7,
        ["month"] = 30,
        ["months"] = 30,
        ["year"] = 365,
        ["years"] = 365,
    };

    /// <summary>Units that are not time: they travel with the number but do not make it a period.</summary>
    public static readonly IReadOnlySet<string> OtherUnits = new HashSet<string>(StringComparer.Ordinal)
    {
        "%", "percent", "per cent", "dollars", "euros", "pounds", "usd", "eur", "gbp", "times", "users", "seats", "gb",
    };

    /// <summary>Words besides units that say the number before them counts something ("3 consecutive months", "2 million users").</summary>
    public static readonly IReadOnlySet<string> Counting = new HashSet<string>(StringComparer.Ordinal)
    {
        "additional", "consecutive", "full", "more", "hundred", "thousand", "million", "billion",
    };

    public static readonly IReadOnlySet<string> Currencies = new HashSet<string>(StringComparer.Ordinal) { "$", "€", "£" };

    public static readonly IReadOnlyDictionary<string, double> SpelledNumbers = new Dictionary<string, double>
    {
        ["one"] = 1,
        ["two"] = 2,
        ["three"] = 3,
        ["four"] = 4,
        ["five"] = 5,
        ["six"] = 6,
        ["seven"] = 7,
        ["eight"] = 8,
        ["nine"] = 9,
        ["ten"] = 10,
        ["eleven"] = 11,
        ["twelve"] = 12,
        ["fourteen"] = 14,
        ["fifteen"] = 15,
        ["twenty"] = 20,
        ["twenty-four"] = 24,
        ["thirty"] = 30,
        ["forty"] = 40,
        ["forty-five"] = 45,
        ["forty-eight"] = 48,
        ["sixty"] = 60,
        ["seventy-two"] = 72,
        ["ninety"] = 90,
    };
}

using System.Globalization;
using System.Text.RegularExpressions;
using Clauseline.Changes;

namespace Clauseline.Analysis.Compliance;

/// <summary>
/// The values a provision states that a reading or a consideration can name: the first period of days
/// (<c>days</c>), of hours (<c>hours</c>), of any length (<c>period</c>), the period of a notice (<c>notice</c>), a
/// sum of money (<c>amount</c>), a cap measured in fees (<c>cap</c>), the governing law (<c>law</c>), the place of
/// the courts (<c>courts</c>), the arbitration body (<c>forum</c>) and seat (<c>seat</c>), and a percentage
/// (<c>percent</c>). Numbers written as words are given as digits ("thirty (30) days" is "30 days").
/// </summary>
internal static partial class TextFacts
{
    private static readonly Dictionary<string, string> LawAdjectives = new(StringComparer.Ordinal)
    {
        ["English"] = "England and Wales",
        ["Irish"] = "Ireland",
        ["German"] = "Germany",
        ["French"] = "France",
        ["Dutch"] = "the Netherlands",
        ["Swiss"] = "Switzerland",
        ["Swedish"] = "Sweden",
        ["Scots"] = "Scotland",
        ["Spanish"] = "Spain",
        ["Italian"] = "Italy",
        ["Belgian"] = "Belgium",
        ["Danish"] = "Denmark",
        ["Finnish"] = "Finland",
        ["Austrian"] = "Austria",
        ["Polish"] = "Poland",
        ["Luxembourg"] = "Luxembourg",
        ["Singapore"] = "Singapore",
        ["Californian"] = "California",
    };

    public static Dictionary<string, string> Read(string text)
    {
        var facts = new Dictionary<string, string>(StringComparer.Ordinal);
        var durations = Duration().Matches(text).ToList();
        foreach (var m in durations)
        {
            var value = Normalise(m);
            var unit = m.Groups["unit"].Value.ToLowerInvariant();
            var slot = unit.StartsWith("hour", StringComparison.Ordinal) ? "hours" : unit.StartsWith("day", StringComparison.Ordinal) ? "days" : null;
            var around = text.Substring(Math.Max(0, m.Index - 30), Math.Min(text.Length, m.Index + m.Length + 30) - Math.Max(0, m.Index - 30));
            var notice = around.Contains("notice", StringComparison.OrdinalIgnoreCase) ? "notice" : null;
            foreach (var name in new[] { "period", slot, notice }.OfType<string>().Where(n => !facts.ContainsKey(n)))
            {
                facts[name] = value;
                facts[name + "_adj"] = Adjective(value);
            }
        }
        if (Cap().Match(text) is { Success: true } cap && Duration().Match(cap.Value) is { Success: true } capPeriod)
        {
            facts["cap"] = $"{Normalise(capPeriod)} of fees";
        }
        if (Money().Match(text) is { Success: true } money)
        {
            facts["amount"] = Amount(money);
        }
        if (Law().Match(text) is { Success: true } law)
        {
            facts["law"] = Place(law.Groups["p"].Value);
        }
        else if (LawAdjective().Match(text) is { Success: true } adjective)
        {
            facts["law"] = LawAdjectives[adjective.Groups["a"].Value];
        }
        if (Courts().Match(text) is { Success: true } courts)
        {
            facts["courts"] = Place(courts.Groups["p"].Value);
        }
        if (Forum().Match(text) is { Success: true } forum)
        {
            facts["forum"] = "the " + forum.Groups["p"].Value.Trim();
        }
        if (Seat().Match(text) is { Success: true } seat)
        {
            facts["seat"] = Place(seat.Groups["p"].Value);
        }
        if (Percent().Match(text) is { Success: true } percent)
        {
            facts["percent"] = percent.Groups["p"].Value + "%";
        }
        return facts;
    }

    private static string Normalise(Match duration)
    {
        var n = duration.Groups["d"].Success
            ? int.Parse(duration.Groups["d"].Value, CultureInfo.InvariantCulture)
            : int.TryParse(duration.Groups["n"].Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var digits) ? digits : (int)SignalVocabulary.SpelledNumbers[duration.Groups["n"].Value.ToLowerInvariant()];
        var unit = duration.Groups["unit"].Value.ToLowerInvariant().TrimEnd('s');
        var kind = duration.Groups["kind"].Success ? duration.Groups["kind"].Value.Trim().ToLowerInvariant() + " " : "";
        return string.Create(CultureInfo.InvariantCulture, $"{n} {kind}{unit}{(n == 1 ? "" : "s")}");
    }

    /// <summary>"30 days" as it stands before a noun: "30-day".</summary>
    private static string Adjective(string duration)
    {
        var words = duration.Split(' ');
        words[^1] = words[^1].TrimEnd('s');
        return string.Join('-', words);
    }

    private static string Amount(Match money)
    {
        var symbol = (money.Groups["s"].Success ? money.Groups["s"].Value : money.Groups["w"].Value).Trim().ToUpperInvariant() switch
        {
            "€" or "EUR" or "EUROS" or "EURO" => "€",
            "£" or "GBP" or "POUNDS" or "POUND" => "£",
            _ => "$",
        };
        return symbol + (money.Groups["a"].Success ? money.Groups["a"].Value : money.Groups["b"].Value);
    }

    private static string Place(string value) => value.Trim().TrimEnd(',');

    private const string Number = @"(?<n>\d{1,4}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty-four|twenty|thirty|forty-five|forty-eight|sixty|seventy-two|ninety)";

    private const string Capitalised = @"(?<p>[A-Z][\p{L}]+(?:(?:\s+|,\s*)(?:and\s+)?[A-Z][\p{L}]+)*)";

    [GeneratedRegex(@"\b" + Number + @"\s*(?:\((?<d>\d{1,4})\)\s*)?(?<kind>calendar\s+|business\s+|working\s+)?(?<unit>hours?|days?|weeks?|months?|years?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Duration();

    [GeneratedRegex(@"\b(?:fees|amounts?|sums?|charges)(?:\s+\w+){0,3}?\s+(?:paid|payable)\b[^.;]{0,80}?\b" + Number + @"\s*(?:\(\d{1,4}\)\s*)?(?:months?|years?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Cap();

    [GeneratedRegex(@"(?:(?<s>US\s?\$|\$|USD\s?|EUR\s?|€|£|GBP\s?)\s?(?<a>\d[\d,]*(?:\.\d{2})?)|(?<b>\d[\d,]*(?:\.\d{2})?)\s*(?<w>dollars|euros?|pounds?|USD|EUR|GBP)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Money();

    [GeneratedRegex(@"\b[Ll]aws?\s+of\s+(?:the\s+)?(?:(?:State|Commonwealth|Province|Republic|Kingdom)\s+of\s+)?" + Capitalised, RegexOptions.CultureInvariant)]
    private static partial Regex Law();

    [GeneratedRegex(@"\b(?<a>English|Irish|German|French|Dutch|Swiss|Swedish|Scots|Spanish|Italian|Belgian|Danish|Finnish|Austrian|Polish|Luxembourg|Singapore|Californian)\s+law\b", RegexOptions.CultureInvariant)]
    private static partial Regex LawAdjective();

    [GeneratedRegex(@"\bcourts?\s+(?:located\s+|sitting\s+|situated\s+|seated\s+)?(?:in|of|at)\s+(?:the\s+)?(?:(?:State|City|County|Commonwealth|Province|Republic)\s+of\s+)?" + Capitalised, RegexOptions.CultureInvariant)]
    private static partial Regex Courts();

    [GeneratedRegex(@"\b(?:administered\s+by|under\s+the\s+(?:[A-Za-z]+\s+)?[Rr]ules\s+of)\s+(?:the\s+)?(?<p>[A-Z][\p{L}&]+(?:\s+(?:of\s+|for\s+)?[A-Z][\p{L}&]+)*)", RegexOptions.CultureInvariant)]
    private static partial Regex Forum();

    [GeneratedRegex(@"\b(?:seat(?:ed)?\s+(?:of\s+(?:the\s+)?arbitration\s+(?:shall|will)\s+be\s+|in\s+)|arbitration\s+(?:shall\s+|will\s+)?take\s+place\s+in\s+)" + Capitalised, RegexOptions.CultureInvariant)]
    private static partial Regex Seat();

    [GeneratedRegex(@"\b(?<p>\d{2,3}(?:\.\d+)?)\s?(?:%|per\s?cent\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Percent();
}

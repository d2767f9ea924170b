using System.Globalization;
using Clauseline.Changes;

namespace Clauseline.Records;

/// <summary>
/// Changed periods and numbers, each named by what it is (a notice period, a time limit, an amount, a rate, a
/// date) and quoted with the words around it so the reader knows which one.
/// </summary>
internal static class SummaryQuantities
{
    private static readonly HashSet<string> Months = new(StringComparer.Ordinal)
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    };

    private static readonly HashSet<string> Money = new(StringComparer.Ordinal) { "$", "€", "£", "dollars", "euros", "pounds", "usd", "eur", "gbp" };

    public static SummaryFinding Period(ChangeSignal s, SummaryDiff diff, int words)
    {
        var at = diff.Find(false, s.New);
        s = s with { Old = Shown(diff, true, s.Old), New = Shown(diff, false, s.New) };
        var noun = at is { } a ? PeriodNoun(diff.New, a.Start, a.End) : "period";
        var verb = s.Kind == ChangeKind.PeriodShortened ? "Shortened" : "Lengthened";
        var quote = at is { } p ? diff.New.Quote(p.Start, p.End, words, 3) : null;
        return new SummaryFinding(SummaryFinding.Period, $"{verb} the {noun} from {s.Old} to {s.New}{SummarySignals.Quoted(quote)}", $"{verb.ToLowerInvariant()} the {noun} from {s.Old} to {s.New}");
    }

    public static SummaryFinding Number(ChangeSignal s, SummaryDiff diff, int words)
    {
        var old = s.New is null;
        var at = diff.Find(old, old ? s.Old : s.New);
        if (at is { } d && DateAt(diff.Side(old), d.Start, d.End) is { } date)
            return Date(s, diff, old, date, words);
        var quote = at is { } p ? diff.Side(old).Quote(p.Start, p.End, words, 3) : null;
        var noun = Noun(s.New ?? s.Old ?? "");
        s = s with { Old = Shown(diff, true, s.Old), New = Shown(diff, false, s.New) };
        var (lead, brief) = s.Direction switch
        {
            ChangeDirection.Increases => ($"Raised the {noun} from {s.Old} to {s.New}", $"raised the {noun} from {s.Old} to {s.New}"),
            ChangeDirection.Decreases => ($"Lowered the {noun} from {s.Old} to {s.New}", $"lowered the {noun} from {s.Old} to {s.New}"),
            ChangeDirection.Adds => noun == "period" ? ($"Added a period of {s.New}", $"added a period of {s.New}") : ($"Added the {noun} {s.New}", $"added the {noun} {s.New}"),
            ChangeDirection.Removes => noun == "period" ? ($"Removed the period of {s.Old}", $"removed the period of {s.Old}") : ($"Removed the {noun} {s.Old}", $"removed the {noun} {s.Old}"),
            _ => ($"Replaced the {noun} {s.Old} with {s.New}", $"replaced the {noun} {s.Old} with {s.New}"),
        };
        // A number standing alone with no words of its own (a list counter, a page number) matters least.
        var alone = at is { } n && diff.Side(old).Count == n.End - n.Start;
        return new SummaryFinding(alone ? SummaryFinding.LoneNumber : SummaryFinding.Number, lead + SummarySignals.Quoted(quote), brief);
    }

    /// <summary>A day or year that changed inside a date: the date before and after, and whether it moved later or earlier.</summary>
    private static SummaryFinding Date(ChangeSignal s, SummaryDiff diff, bool old, (int Start, int End) date, int words)
    {
        if (s.Old is not null && s.New is not null && diff.Find(true, s.Old) is { } was && DateAt(diff.Old, was.Start, was.End) is { } before)
            return Moved(diff, before, date, words);
        var text = diff.Side(old);
        var shown = text.Exact(date.Start, date.End).TrimEnd(',');
        var quote = SummarySignals.Quoted(text.Quote(date.Start, date.End, words, 4));
        var (verb, brief) = old ? ("Removed", "removed") : ("Added", "added");
        return new SummaryFinding(SummaryFinding.Date, $"{verb} the date {shown}{quote}", $"{brief} the date {shown}");
    }

    /// <summary>A changed run that lies inside a date on both sides ("30 April 2026" → "30 May 2026"), as a date moved.</summary>
    public static SummaryFinding? DateChange(Hunk hunk, SummaryDiff diff, int words) =>
        hunk.OldEnd > hunk.OldStart && hunk.NewEnd > hunk.NewStart
        && DateAt(diff.Old, hunk.OldStart, hunk.OldEnd) is { } before && DateAt(diff.New, hunk.NewStart, hunk.NewEnd) is { } after
            ? Moved(diff, before, after, words)
            : null;

    private static SummaryFinding Moved(SummaryDiff diff, (int Start, int End) before, (int Start, int End) after, int words)
    {
        var from = diff.Old.Exact(before.Start, before.End).TrimEnd(',');
        var to = diff.New.Exact(after.Start, after.End).TrimEnd(',');
        var quote = SummarySignals.Quoted(diff.New.Quote(after.Start, after.End, words, 4));
        var way = Parse(from) is { } a && Parse(to) is { } b && a != b ? b > a ? "later" : "earlier" : null;
        var lead = way is null ? $"Changed the date from {from} to {to}" : $"Moved the date {way}, from {from} to {to}";
        return new SummaryFinding(SummaryFinding.Date, lead + quote, char.ToLowerInvariant(lead[0]) + lead[1..]);
    }

    /// <summary>The date a number belongs to ("March 19, 2025", "19 March 2025", "2025-03-19"), as token bounds.</summary>
    private static (int Start, int End)? DateAt(SummaryText text, int start, int end)
    {
        bool Part(int i) => i >= 0 && i < text.Count
            && (Months.Contains(text.Words[i]) || text.Words[i].All(char.IsDigit) && text.Words[i].Length is 1 or 2 or 4);
        bool Joined(int i) => text.Plain.AsSpan(text.Tokens[i - 1].End, Math.Max(0, text.Tokens[i].Start - text.Tokens[i - 1].End)).Trim(" ,-/").IsEmpty;
        if (!Enumerable.Range(start, end - start).All(Part))
            return null;
        var s = start;
        while (Part(s - 1) && Joined(s))
            s--;
        var e = end;
        while (Part(e) && Joined(e))
            e++;
        var month = Enumerable.Range(s, e - s).Any(i => Months.Contains(text.Words[i]));
        var iso = e - s == 3 && text.Words[s].Length == 4;
        return (month || iso) && e - s >= 2 ? (s, e) : null;
    }

    private static DateTime? Parse(string date) =>
        DateTime.TryParse(date, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) ? parsed : null;

    /// <summary>A quantity as the clause writes it ("15 GB", not the signal's "15 gb").</summary>
    private static string? Shown(SummaryDiff diff, bool old, string? quantity) =>
        diff.Find(old, quantity) is { } at ? diff.Side(old).Exact(at.Start, at.End) : quantity;

    /// <summary>"notice period" next to "notice", "time limit" after "within" or "no later than", else "period".</summary>
    private static string PeriodNoun(SummaryText text, int start, int end)
    {
        var near = Enumerable.Range(start - 3, 3).Concat(Enumerable.Range(end, 2)).Where(i => i >= 0 && i < text.Count);
        if (near.Any(i => text.Words[i] == "notice"))
            return "notice period";
        if (start > 0 && text.Words[start - 1] is "within" or "than")
            return "time limit";
        return "period";
    }

    private static string Noun(string quantity)
    {
        var words = ComparableText.Tokenize(quantity);
        if (words.Any(Money.Contains))
            return "amount";
        if (words.Any(w => w is "%" or "percent" or "cent"))
            return "rate";
        if (words.Count > 1 && SignalVocabulary.Periods.ContainsKey(string.Join(' ', words.Skip(1))))
            return "period";
        return "figure";
    }
}

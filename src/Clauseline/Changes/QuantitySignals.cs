using System.Globalization;

namespace Clauseline.Changes;

/// <summary>
/// Changed numbers: a number with its currency and unit ("$500", "30 days", "15%"), paired with the number that
/// replaced it in the same changed run. Periods of time compare by length; other numbers by value.
/// </summary>
internal static class QuantitySignals
{
    public static IEnumerable<ChangeSignal> Find(TokenDiff diff)
    {
        var (replaced, removed, added) = Occurrences.Pair(Quantities(diff, true), Quantities(diff, false));
        foreach (var (old, replacement) in replaced)
        {
            yield return Compare(Read(diff.Old, old), Read(diff.New, replacement), old.Text, replacement.Text);
        }
        // A number rewritten around ("thirty (30) days" → "30 days") still stands on the other side.
        var oldValues = Quantities(diff, true).Select(q => Value(diff.Old, q)).ToHashSet();
        var newValues = Quantities(diff, false).Select(q => Value(diff.New, q)).ToHashSet();
        foreach (var old in removed.Where(q => !newValues.Contains(Value(diff.Old, q))))
            yield return new ChangeSignal(ChangeKind.NumberChanged, old.Text, null, ChangeDirection.Removes);
        foreach (var @new in added.Where(q => !oldValues.Contains(Value(diff.New, q))))
            yield return new ChangeSignal(ChangeKind.NumberChanged, null, @new.Text, ChangeDirection.Adds);
    }

    private static ChangeSignal Compare((double Value, double? Days, string Unit) a, (double Value, double? Days, string Unit) b, string old, string @new)
    {
        if (a.Days is { } from && b.Days is { } to && from != to)
        {
            return to > from
                ? new ChangeSignal(ChangeKind.PeriodLengthened, old, @new, ChangeDirection.Lengthens)
                : new ChangeSignal(ChangeKind.PeriodShortened, old, @new, ChangeDirection.Shortens);
        }
        var direction = a.Unit != b.Unit || a.Value == b.Value ? ChangeDirection.None
            : b.Value > a.Value ? ChangeDirection.Increases : ChangeDirection.Decreases;
        return new ChangeSignal(ChangeKind.NumberChanged, old, @new, direction);
    }

    private static IEnumerable<Occurrence> Quantities(TokenDiff diff, bool old)
    {
        var tokens = diff.Tokens(old);
        var units = SignalVocabulary.Periods.Keys.Concat(SignalVocabulary.OtherUnits).Select(u => u.Split(' ')).OrderByDescending(u => u.Length).ToList();
        for (var i = 0; i < tokens.Count; i++)
        {
            var start = i;
            if (SignalVocabulary.Currencies.Contains(tokens[i]) && i + 1 < tokens.Count && Number(tokens[i + 1]) is not null)
                i++;
            if (Number(tokens[i]) is not { } value)
                continue;
            // "thirty (30) days" is one number written twice.
            if (i + 1 < tokens.Count && Number(tokens[i + 1]) == value)
                i++;
            var end = i + 1;
            var unit = units.FirstOrDefault(u => end + u.Length <= tokens.Count && u.Select((w, k) => tokens[end + k] == w).All(x => x));
            if (unit is not null)
                end += unit.Length;
            var text = Display(tokens, start, end);
            yield return new Occurrence(start, end, text, text, Occurrences.HunkOf(diff.Hunks, old, start, end));
            i = end - 1;
        }
    }

    private static (double Value, double? Days, string Unit) Read(IReadOnlyList<string> tokens, Occurrence q)
    {
        var words = tokens.Skip(q.Start).Take(q.End - q.Start).ToList();
        var value = words.Select(Number).First(n => n is not null)!.Value;
        var unit = string.Join(' ', words.SkipWhile(w => SignalVocabulary.Currencies.Contains(w) || Number(w) is not null));
        var currency = words.FirstOrDefault(SignalVocabulary.Currencies.Contains) ?? "";
        return (value, SignalVocabulary.Periods.TryGetValue(unit, out var days) ? value * days : null, currency + unit);
    }

    private static (double, string) Value(IReadOnlyList<string> tokens, Occurrence q)
    {
        var (value, _, unit) = Read(tokens, q);
        return (value, unit);
    }

    private static double? Number(string token)
    {
        if (SignalVocabulary.SpelledNumbers.TryGetValue(token, out var spelled))
            return spelled;
        if (token.Length == 0 || !char.IsDigit(token[0]))
            return null;
        return double.TryParse(token.Replace(",", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : null;
    }

    private static string Display(IReadOnlyList<string> tokens, int start, int end)
    {
        var text = "";
        for (var i = start; i < end; i++)
        {
            var glued = i == start || SignalVocabulary.Currencies.Contains(tokens[i - 1]) || tokens[i] == "%";
            text += (glued ? "" : " ") + tokens[i];
        }
        return text;
    }
}

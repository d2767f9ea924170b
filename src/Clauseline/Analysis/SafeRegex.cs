using System.Text.RegularExpressions;

namespace Clauseline.Analysis;

/// <summary>
/// Compiles the patterns written as data (signals, wording rules). A pattern without lookarounds runs on the
/// non-backtracking engine, which takes time linear in the text whatever the pattern; only the few with
/// lookarounds run on the backtracking engine, under a timeout.
/// </summary>
internal static class SafeRegex
{
    private const RegexOptions Common = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    public static Regex Create(string pattern)
    {
        try
        {
            return new Regex(pattern, Common | RegexOptions.NonBacktracking);
        }
        catch (NotSupportedException)
        {
            return new Regex(pattern, Common | RegexOptions.Compiled, TimeSpan.FromMilliseconds(200));
        }
    }

    /// <summary>The first match, or an unsuccessful one when a backtracking pattern ran out of time.</summary>
    public static Match MatchOrNone(this Regex regex, string text)
    {
        try
        {
            return regex.Match(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return Match.Empty;
        }
    }
}

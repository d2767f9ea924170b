using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Clauseline.Fetching;

namespace Clauseline.Extraction;

/// <summary>
/// Recognises pages that stand in front of the document: bot and captcha challenges, login walls and
/// cookie walls. Only a short page counts: a real terms page may well mention captchas or signing in,
/// but it is long, and a wall is not. Length is that of the visible text: challenge pages and app
/// shells carry kilobytes of inline script, which say nothing about the page.
/// </summary>
public static partial class WallDetector
{
    /// <summary>Pages with more running text than this are documents, whatever words they contain.</summary>
    public const int MaxWallChars = 2500;

    public static (FailureReason Reason, string Detail)? Detect(IDocument page)
    {
        var body = page.Body;
        if (IsLonger(body, MaxWallChars))
            return null;
        var text = Normalize(VisibleText(body));
        var title = Normalize(page.Title ?? "");
        var probe = title + " \n " + text;
        var bot = BotPhrases().Match(probe);
        if (bot.Success || page.QuerySelector("form#challenge-form, #cf-challenge-running, .g-recaptcha, .h-captcha, iframe[src*='captcha']") is not null)
            return (FailureReason.BotWall, bot.Success ? $"the page is a bot check (\"{bot.Value}\")" : "the page is a captcha challenge");
        var login = LoginPhrases().Match(probe);
        if (page.QuerySelectorAll("input[type='password']").Any(IsShown) || login.Success)
            return (FailureReason.LoginWall, login.Success ? $"the page asks to sign in (\"{login.Value}\")" : "the page is a sign-in form");
        var cookie = CookiePhrases().Match(probe);
        if (cookie.Success)
            return (FailureReason.CookieWall, $"the page asks to accept cookies before showing anything (\"{cookie.Value}\")");
        return null;
    }

    private static string Normalize(string text) => Whitespace().Replace(text, " ").Trim();

    /// <summary>Whether no ancestor hides the element: a sign-in form tucked in a closed header dropdown is no wall.</summary>
    private static bool IsShown(IElement element)
    {
        for (var current = element; current is not null; current = current.ParentElement)
        {
            if (PageCleaner.IsHidden(current))
                return false;
        }
        return true;
    }

    /// <summary>Whether the visible text, with runs of whitespace counted once, is longer than <paramref name="limit"/>; stops counting as soon as it is.</summary>
    private static bool IsLonger(IElement? body, int limit)
    {
        if (body is null)
            return false;
        var count = 0;
        var inSpace = true;
        foreach (var node in body.Descendants<IText>())
        {
            if (node.ParentElement?.LocalName is "script" or "style" or "template")
                continue;
            foreach (var c in node.Data)
            {
                var space = char.IsWhiteSpace(c);
                if (!space || !inSpace)
                    count++;
                inSpace = space;
            }
            if (count > limit)
                return true;
        }
        return false;
    }

    private static string VisibleText(IElement? body) =>
        body is null ? "" : string.Join(" ", body.Descendants<IText>().Where(t => t.ParentElement?.LocalName is not ("script" or "style" or "template")).Select(t => t.Data));

    [GeneratedRegex(@"verify(ing)? (that )?you are (a )?human|are you a robot|not a robot|checking your browser|just a moment\.\.\.|enable javascript and cookies to continue|attention required!? \| cloudflare|pardon our interruption|unusual traffic from your (computer|network)|request unsuccessful\. incapsula|access denied|automated (access|requests|queries)|complete the (security )?check|solve (this|the) captcha|press (and|&) hold", RegexOptions.IgnoreCase)]
    private static partial Regex BotPhrases();

    [GeneratedRegex(@"(sign|log) ?in to (continue|view|access)|you must (be )?(sign|log)(ged)? ?in|please (sign|log) ?in\b|session (has )?expired", RegexOptions.IgnoreCase)]
    private static partial Regex LoginPhrases();

    [GeneratedRegex(@"accept (all )?cookies to (continue|proceed|view)|before you continue to|you must accept cookies|cookies are required to (view|access)", RegexOptions.IgnoreCase)]
    private static partial Regex CookiePhrases();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}

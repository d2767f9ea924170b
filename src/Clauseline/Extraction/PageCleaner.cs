using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Clauseline.Extraction;

/// <summary>
/// Removes what is never part of the terms: hidden elements, and the clutter pages put around them
/// (cookie and consent banners, "was this helpful" widgets, language pickers, share bars). Clutter is
/// recognised by widget names such as <c>cookie-banner</c> or <c>page-feedback</c>, never by a topic
/// alone: a policy's own sections are called <c>cookies</c>, <c>consent</c> or <c>feedback</c> too.
/// </summary>
public static partial class PageCleaner
{
    private const int ClutterMaxChars = 1500;

    public static void RemoveHidden(IElement root)
    {
        foreach (var element in root.QuerySelectorAll("[hidden], [aria-hidden='true'], [style]").ToList())
        {
            if (IsHidden(element))
                element.Remove();
        }
    }

    /// <summary>Whether the element itself is hidden by its attributes or inline style (hidden="until-found" is a collapsed section find-in-page opens: content).</summary>
    public static bool IsHidden(IElement element) =>
        (element.HasAttribute("hidden") && element.GetAttribute("hidden") != "until-found")
        || element.GetAttribute("aria-hidden") == "true"
        || HiddenStyle().IsMatch(element.GetAttribute("style") ?? "");

    /// <summary>Removes short elements whose id, class or role mark them as a banner, widget or picker, never the element holding the content.</summary>
    public static void RemoveClutter(IElement root)
    {
        foreach (var element in root.QuerySelectorAll("*").ToList())
        {
            if (element.Parent is null || element.LocalName is "main" or "article" or "body" or "html")
                continue;
            if (element.Attributes.Length == 0)
                continue;
            var marks = $"{element.Id} {element.GetAttribute("class")} {element.GetAttribute("role")} {element.GetAttribute("aria-label")}";
            if (!ClutterMarks().IsMatch(marks) && element.GetAttribute("role") != "dialog")
                continue;
            if (element.TextContent.Length <= ClutterMaxChars)
                element.Remove();
        }
    }

    /// <summary>Removes page furniture (navigation, site header and footer, sidebars) when no selector says where the terms are.</summary>
    public static void RemoveFurniture(IElement root)
    {
        foreach (var element in root.QuerySelectorAll("nav, header, footer, aside, form[role='search'], [role='navigation'], [role='banner'], [role='contentinfo'], [role='complementary'], [role='search']").ToList())
        {
            // A header inside the article is the document's own title block: keep it.
            if (element.LocalName == "header" && element.Closest("article, main") is not null)
                continue;
            element.Remove();
        }
    }

    [GeneratedRegex(@"display\s*:\s*none|visibility\s*:\s*hidden", RegexOptions.IgnoreCase)]
    private static partial Regex HiddenStyle();

    // Widget names, not topics: "cookie-banner" is clutter, a section called "cookies" is not.
    [GeneratedRegex(@"
        cookies?[-_ ]?(banner|bar|notice|popup|modal|dialog|overlay|wall|consent|message|prompt|alert)
        | (consent|gdpr)[-_ ]?(banner|bar|popup|modal|dialog|overlay|manager)
        | onetrust | optanon | truste- | trustarc | didomi | cookiebot | usercentrics | cookieyes | cc-(banner|window)
        | feedback[-_ ]?(widget|form|block|buttons|prompt|panel|box) | (page|article|doc|docs|content)[-_ ]?feedback
        | helpful | was-?this | survey[-_ ]?(widget|popup|modal) | rating-widget
        | lang(uage)?-?(picker|switch|select|menu|chooser) | locale-?(picker|switch|select)
        | share-?(bar|buttons|links) | social-?share | skip-?link | breadcrumb | toast | back-to-top
        | newsletter[-_ ]?(signup|form|subscribe|popup|modal|banner|box)",
        RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex ClutterMarks();
}

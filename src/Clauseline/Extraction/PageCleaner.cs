using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Clauseline.Extraction;

/// <summary>
/// Removes what is never part of the terms: hidden elements, and the clutter pages put around them
/// (cookie and consent banners, "was this helpful" widgets, language pickers, share bars).
/// </summary>
public static partial class PageCleaner
{
    private const int ClutterMaxChars = 1500;

    public static void RemoveHidden(IElement root)
    {
        foreach (var element in root.QuerySelectorAll("[hidden], [aria-hidden='true'], [style]").ToList())
        {
            if (element.HasAttribute("hidden") || element.GetAttribute("aria-hidden") == "true" || HiddenStyle().IsMatch(element.GetAttribute("style") ?? ""))
                element.Remove();
        }
    }

    /// <summary>Removes short elements whose id, class or role mark them as a banner, widget or picker, never the element holding the content.</summary>
    public static void RemoveClutter(IElement root)
    {
        foreach (var element in root.QuerySelectorAll("*").ToList())
        {
            if (element.Parent is null || element.LocalName is "main" or "article" or "body" or "html")
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

    [GeneratedRegex(@"cookie|consent|gdpr|onetrust|truste|didomi|cookiebot|usercentrics|cc-banner|feedback|helpful|was-this|survey|rating-widget|lang(uage)?-?(picker|switch|select|menu|chooser)|locale-?(picker|switch|select)|share-?(bar|buttons|links)|social-?share|skip-?link|breadcrumb|toast|newsletter|back-to-top", RegexOptions.IgnoreCase)]
    private static partial Regex ClutterMarks();
}

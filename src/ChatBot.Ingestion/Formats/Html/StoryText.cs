using AngleSharp.Dom;

namespace ChatBot.Ingestion.Formats.Html;

/// <summary>
/// Finds the story's paragraphs on a news page and drops the rest: navigation, headers and
/// footers, ads, related links, share and newsletter boxes, captions, scripts. The story's
/// container is the marked one (<c>itemprop=articleBody</c>, <c>&lt;article&gt;</c>,
/// <c>&lt;main&gt;</c>) holding the most paragraph text, else the element whose own paragraphs
/// hold the most text (the idea behind Readability-style extractors).
/// </summary>
internal static class StoryText
{
    private const string RemovedElements = "script, style, noscript, template, iframe, object, embed, form, button, select, input, textarea, svg, canvas, nav, header, footer, aside, figure, figcaption, dialog, menu";

    private static readonly HashSet<string> BoilerplateWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "ad", "ads", "advert", "adverts", "advertisement", "advertising", "adslot", "dfp", "promo", "promotion", "sponsor", "sponsored",
        "related", "recommended", "recommendations", "more", "newsletter", "newsletters", "subscribe", "subscription", "signup", "paywall",
        "share", "sharing", "social", "comment", "comments", "cookie", "cookies", "consent", "banner", "sidebar", "rail", "popular",
        "trending", "mostread", "breadcrumb", "breadcrumbs", "nav", "navigation", "menu", "footer", "header", "masthead", "byline",
        "caption", "credit", "tags", "toolbar", "outbrain", "taboola", "teaser", "teasers", "widget", "modal", "overlay", "print",
    };

    private static readonly HashSet<string> BoilerplateRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alert", "menu", "menubar",
    };

    // Lines that sit between story paragraphs on real pages but are not part of the story.
    private static readonly HashSet<string> BoilerplateLines = new(StringComparer.OrdinalIgnoreCase)
    {
        "advertisement", "story continues below advertisement", "continue reading", "read more", "related", "sponsored",
        "share this article", "share", "sign up", "subscribe",
    };

    public static IReadOnlyList<string> Paragraphs(IDocument page)
    {
        var body = page.Body;
        if (body is null)
            return [];
        foreach (var element in body.QuerySelectorAll(RemovedElements).ToList())
            element.Remove();
        var pageText = ParagraphText(body);
        foreach (var element in body.QuerySelectorAll("*").Where(e => IsBoilerplate(e) && !HoldsTheStory(e, pageText)).ToList())
            element.Remove();

        var container = MarkedContainer(body) ?? DensestContainer(body);
        if (container is null)
            return [];
        return container.QuerySelectorAll("p, blockquote, li")
            .Where(e => e.LocalName == "p" || e.QuerySelector("p") is null)
            .Where(e => e.LocalName != "li" || e.ParentElement?.Closest("p") is null && e.TextContent.Length > 80)
            .Select(e => SeedLayout.OneLine(e.TextContent))
            .Where(t => t.Length > 0 && !BoilerplateLines.Contains(t.TrimEnd('.', ':', '›', '»', ' ')))
            .Distinct()
            .ToList();
    }

    private static bool IsBoilerplate(IElement element)
    {
        if (element.GetAttribute("aria-hidden") == "true" || element.HasAttribute("hidden"))
            return true;
        if (element.GetAttribute("role") is { } role && BoilerplateRoles.Contains(role))
            return true;
        // The story's own container is never boilerplate, whatever its class says.
        if (element.GetAttribute("itemprop") == "articleBody" || element.LocalName is "article" or "main" or "body")
            return false;
        var names = $"{element.ClassName} {element.Id}";
        return names.Split([' ', '-', '_', '.', ':'], StringSplitOptions.RemoveEmptyEntries).Any(BoilerplateWords.Contains);
    }

    /// <summary>A wrapper whose class merely mentions a boilerplate word ("layout with-sidebar",
    /// "page-header-offset") but holds the story must stay.</summary>
    private static bool HoldsTheStory(IElement element, int pageText) =>
        element.QuerySelector("[itemprop=articleBody], article, main") is not null
        || pageText > 0 && ParagraphText(element) * 2 > pageText;

    private static IElement? MarkedContainer(IElement body) =>
        body.QuerySelectorAll("[itemprop=articleBody], article, main, [role=main]")
            .Select(e => (Element: e, Text: ParagraphText(e)))
            .Where(c => c.Text >= 200)
            .OrderByDescending(c => c.Element.GetAttribute("itemprop") == "articleBody")
            .ThenByDescending(c => c.Text)
            .Select(c => c.Element)
            .FirstOrDefault();

    private static IElement? DensestContainer(IElement body)
    {
        var scores = new Dictionary<IElement, double>();
        foreach (var paragraph in body.QuerySelectorAll("p"))
        {
            var length = SeedLayout.OneLine(paragraph.TextContent).Length;
            if (length < 25 || paragraph.ParentElement is not { } parent)
                continue;
            scores[parent] = scores.GetValueOrDefault(parent) + length;
            if (parent.ParentElement is { } grandparent)
                scores[grandparent] = scores.GetValueOrDefault(grandparent) + length / 2.0;
        }
        var best = scores.OrderByDescending(s => s.Value).FirstOrDefault();
        return best.Value >= 200 ? best.Key : null;
    }

    private static int ParagraphText(IElement element) =>
        element.QuerySelectorAll("p").Sum(p => SeedLayout.OneLine(p.TextContent).Length);
}

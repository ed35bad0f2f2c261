using AngleSharp.Html.Parser;
using SiteGen.Site.Pages;

namespace SiteGen.Tests.Site;

/// <summary>The search page without script: filters named as the script reads them, a message, and the ways to every programme.</summary>
public sealed class SearchPageTests(BuiltMiniSite site) : IClassFixture<BuiltMiniSite>
{
    private readonly AngleSharp.Html.Dom.IHtmlDocument _doc = new HtmlParser().ParseDocument(site.Site.Page("search/index.html"));

    [Fact]
    public void Filters_are_submitted_under_the_names_the_script_reads()
    {
        Assert.Equal(SearchPageGenerator.FilterParams["region"], _doc.QuerySelector("#f-region")!.GetAttribute("name"));
        Assert.Equal(SearchPageGenerator.FilterParams["deptType"], _doc.QuerySelector("#f-dept-type")!.GetAttribute("name"));
        Assert.Equal(SearchPageGenerator.FilterParams["audience"], _doc.QuerySelector("#f-audience")!.GetAttribute("name"));
    }

    [Fact]
    public void Without_script_a_message_says_search_needs_it_and_links_to_every_programme()
    {
        var noscript = new HtmlParser().ParseFragment(_doc.QuerySelector("#search-form ~ noscript")!.InnerHtml, _doc.Body!);
        var text = string.Concat(noscript.Select(n => n.TextContent));
        Assert.Contains("JavaScript", text);
        var links = noscript.OfType<AngleSharp.Dom.IElement>().SelectMany(e => e.QuerySelectorAll("a")).Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("../programs/index.html", links);
        Assert.Contains("../regions/index.html", links);
    }

    [Fact]
    public void The_page_does_not_carry_the_programmes_themselves()
    {
        // The list of every programme lives on the paged 全部政策 pages; a search page holding it would grow with the site.
        Assert.Empty(_doc.QuerySelectorAll(".program-list"));
        Assert.Equal("../programs/index.html", _doc.QuerySelector("#browse a")!.GetAttribute("href"));
    }
}

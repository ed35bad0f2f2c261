using AngleSharp.Html.Parser;
using SiteGen.Site.Pages;

namespace SiteGen.Tests.Site;

/// <summary>The search page without script: filters named as the script reads them, a message, and every programme by region in pinyin order with initials.</summary>
public sealed class SearchPageTests(BuiltMiniSite site) : IClassFixture<BuiltMiniSite>
{
    private readonly AngleSharp.Html.Dom.IHtmlDocument _doc = new HtmlParser().ParseDocument(site.Site.Page("search/index.html"));

    [Fact]
    public void Pinyin_order_is_by_reading_not_by_code_point()
    {
        string[] words = ["中阳", "阳泉", "汾阳", "孝义", "低保", "高龄津贴", "残疾人", "阿", "爸"];
        Assert.Equal(["阿", "爸", "残疾人", "低保", "汾阳", "高龄津贴", "孝义", "阳泉", "中阳"], words.Order(PinyinOrder.Comparer).ToArray());
        Assert.Equal(["D", "G", "Y", "Z", "A", "#"], new[] { "低保", "高龄津贴", "阳泉", "中阳", "ABC", "1号" }.Select(PinyinOrder.Initial).ToArray());
    }

    [Fact]
    public void Filters_are_submitted_under_the_names_the_script_reads()
    {
        Assert.Equal(SearchPageGenerator.FilterParams["region"], _doc.QuerySelector("#f-region")!.GetAttribute("name"));
        Assert.Equal(SearchPageGenerator.FilterParams["deptType"], _doc.QuerySelector("#f-dept-type")!.GetAttribute("name"));
        Assert.Equal(SearchPageGenerator.FilterParams["audience"], _doc.QuerySelector("#f-audience")!.GetAttribute("name"));
    }

    [Fact]
    public void Without_script_a_message_says_search_needs_it_and_that_the_list_is_every_programme()
    {
        var noscript = _doc.QuerySelector("#search-form ~ noscript")!;
        Assert.Contains("JavaScript", noscript.InnerHtml);
        Assert.Contains("全部政策", noscript.InnerHtml);
    }

    [Fact]
    public void Every_programme_is_listed_once_by_region_in_pinyin_order_under_its_initial()
    {
        var list = _doc.QuerySelector("#all-programs")!;
        var regions = list.QuerySelectorAll("h3").Select(h => h.TextContent).ToList();
        Assert.NotEmpty(regions);
        Assert.Equal(regions.Order(PinyinOrder.Comparer), regions);

        var titles = new List<string>();
        foreach (var letter in list.QuerySelectorAll("h4.initial"))
        {
            var under = letter.NextElementSibling!.QuerySelectorAll(".program-title").Select(a => a.TextContent).ToList();
            Assert.NotEmpty(under);
            Assert.All(under, t => Assert.Equal(letter.TextContent, PinyinOrder.Initial(t)));
            titles.AddRange(under);
        }
        Assert.Equal(list.QuerySelectorAll(".program-title").Length, titles.Count);
        Assert.Equal(titles.Count, list.QuerySelectorAll(".program-title").Select(a => a.GetAttribute("href")).Distinct().Count());
    }

    [Fact]
    public void Each_initial_and_region_link_leads_to_an_anchor_on_the_page()
    {
        var links = _doc.QuerySelectorAll("#all-programs .initials a, #all-programs .az-regions a").ToList();
        Assert.NotEmpty(links);
        foreach (var a in links)
        {
            var href = a.GetAttribute("href")!;
            Assert.StartsWith("#", href);
            Assert.NotNull(_doc.GetElementById(href[1..]));
        }
    }
}

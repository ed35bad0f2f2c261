using AngleSharp.Html.Parser;
using SiteGen.Site.Pages;

namespace SiteGen.Tests.Site;

/// <summary>全部政策: every programme once, by region in pinyin order under its initial, with an index of initials.</summary>
public sealed class ProgramListTests(BuiltMiniSite site) : IClassFixture<BuiltMiniSite>
{
    private readonly AngleSharp.Html.Dom.IHtmlDocument _doc = new HtmlParser().ParseDocument(site.Site.Page("programs/index.html"));

    [Fact]
    public void Pinyin_order_is_by_reading_not_by_code_point()
    {
        string[] words = ["中阳", "阳泉", "汾阳", "孝义", "低保", "高龄津贴", "残疾人", "阿", "爸"];
        Assert.Equal(["阿", "爸", "残疾人", "低保", "汾阳", "高龄津贴", "孝义", "阳泉", "中阳"], words.Order(PinyinOrder.Comparer).ToArray());
        Assert.Equal(["D", "G", "Y", "Z", "A", "#"], new[] { "低保", "高龄津贴", "阳泉", "中阳", "ABC", "1号" }.Select(PinyinOrder.Initial).ToArray());
    }

    [Fact]
    public void Every_programme_is_listed_once_by_region_in_pinyin_order_under_its_initial()
    {
        var regions = _doc.QuerySelectorAll("main h2").Select(h => h.TextContent).ToList();
        Assert.Equal(["北市", "南市"], regions);
        Assert.Equal(regions.Order(PinyinOrder.Comparer), regions);

        var titles = new List<string>();
        foreach (var letter in _doc.QuerySelectorAll("h3.initial"))
        {
            var under = letter.NextElementSibling!.QuerySelectorAll(".program-title").Select(a => a.TextContent).ToList();
            Assert.NotEmpty(under);
            Assert.All(under, t => Assert.Equal(letter.TextContent, PinyinOrder.Initial(t)));
            titles.AddRange(under);
        }
        Assert.Equal(3, titles.Count);
        Assert.Equal(3, _doc.QuerySelectorAll(".program-title").Select(a => a.GetAttribute("href")).Distinct().Count());
    }

    [Fact]
    public void Each_initial_and_region_link_leads_to_an_anchor_on_the_page()
    {
        var links = _doc.QuerySelectorAll(".initials a, .az-regions a").ToList();
        Assert.NotEmpty(links);
        foreach (var a in links)
        {
            var href = a.GetAttribute("href")!;
            Assert.StartsWith("#", href);
            Assert.NotNull(_doc.GetElementById(href[1..]));
        }
    }

    [Fact]
    public void A_list_that_fits_on_one_page_has_no_pager()
    {
        Assert.Empty(_doc.QuerySelectorAll("nav.pager"));
        Assert.False(File.Exists(Path.Combine(site.Site.Out, "programs", "index-2.html")));
    }
}

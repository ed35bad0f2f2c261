using AngleSharp.Html.Parser;
using SiteGen.Site.Pages;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Site;

/// <summary>Long lists cut into pages of list_page_size: addresses, the pager's window, and a built site that uses them.</summary>
public sealed class PagingTests
{
    [Fact]
    public void Page_n_lives_beside_the_first_page()
    {
        Assert.Equal("regions/x/index.html", Paging.PathOf("regions/x/index.html", 1));
        Assert.Equal("regions/x/index-3.html", Paging.PathOf("regions/x/index.html", 3));
        Assert.Equal("index-2.html", Paging.PathOf("index.html", 2));
    }

    [Fact]
    public void Items_are_split_in_order_into_pages_of_the_size_and_an_empty_list_has_one_page()
    {
        var pages = Paging.Split(Enumerable.Range(1, 7).ToList(), 3, "p/index.html");
        Assert.Equal([[1, 2, 3], [4, 5, 6], [7]], pages.Select(p => p.Items.ToArray()));
        Assert.Equal(["p/index.html", "p/index-2.html", "p/index-3.html"], pages.Select(p => p.Path));
        Assert.Equal((7, 7, 7), (pages[2].Pager.First, pages[2].Pager.Last, pages[2].Pager.Total));
        Assert.Equal(("p/index.html", "p/index-3.html"), (pages[1].Pager.Previous, pages[1].Pager.Next));
        Assert.Null(pages[0].Pager.Previous);
        Assert.Null(pages[2].Pager.Next);

        var empty = Assert.Single(Paging.Split(Array.Empty<int>(), 3, "p/index.html"));
        Assert.Equal((1, 0, 0), (empty.Pager.Count, empty.Pager.Last, empty.Pager.Total));
        Assert.Throws<ArgumentOutOfRangeException>(() => Paging.Split(new[] { 1 }, 0, "p/index.html"));
    }

    [Fact]
    public void Weighed_items_fill_pages_whole_up_to_the_size_and_a_heavy_one_has_a_page_of_its_own()
    {
        var pages = Paging.SplitByWeight(new[] { 3, 4, 2, 9, 1, 1 }, w => w, 6, "h/index.html", "个地区");
        Assert.Equal([[3], [4, 2], [9], [1, 1]], pages.Select(p => p.Items.ToArray()));
        Assert.Equal((2, 3, 6, "个地区"), (pages[1].Pager.First, pages[1].Pager.Last, pages[1].Pager.Total, pages[1].Pager.Unit));
        Assert.Equal("h/index-4.html", pages[3].Path);
        Assert.Single(Paging.SplitByWeight(Array.Empty<int>(), w => w, 6, "h/index.html", "个地区"));
        Assert.Throws<ArgumentOutOfRangeException>(() => Paging.SplitByWeight(new[] { 1 }, w => w, 0, "h/index.html", "个地区"));
    }

    [Fact]
    public void The_pager_names_the_first_and_last_pages_and_two_either_side_with_gaps_between()
    {
        var pages = Paging.Split(Enumerable.Range(1, 100).ToList(), 10, "p/index.html");
        Assert.Equal([1, 0, 4, 5, 6, 7, 8, 0, 10], pages[5].Pager.Links.Select(l => l.Number));
        Assert.Equal(6, pages[5].Pager.Links.Single(l => l.Current).Number);
        Assert.Equal([1, 2, 3, 0, 10], pages[0].Pager.Links.Select(l => l.Number));
        Assert.All(pages[5].Pager.Links.Where(l => l.Number == 0), l => Assert.Null(l.Path));
    }

    [Fact]
    public void A_site_with_a_small_page_size_pages_its_lists_and_every_page_links_to_the_others()
    {
        using var site = new TempSite();
        site.Edit("site.yaml", "footer:", "list_page_size: 2\nfooter:");
        var result = BuiltMiniSite.BuildWithEpoch(site, site.Out);
        Assert.True(result.ExitCode == 0, result.Stderr);

        var first = new HtmlParser().ParseDocument(site.Page("programs/index.html"));
        var second = new HtmlParser().ParseDocument(site.Page("programs/index-2.html"));
        Assert.Equal(2, first.QuerySelectorAll(".program-title").Length);
        Assert.Single(second.QuerySelectorAll(".program-title"));
        var all = first.QuerySelectorAll(".program-title").Concat(second.QuerySelectorAll(".program-title")).Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(3, all.Distinct().Count());
        Assert.Equal("../programs/index-2.html", first.QuerySelector("nav.pager a[rel=next]")!.GetAttribute("href"));
        Assert.Equal("../programs/index.html", second.QuerySelector("nav.pager a[rel=prev]")!.GetAttribute("href"));
        Assert.Contains("第2页", second.Title);
        Assert.NotEqual(first.Title, second.Title);
        Assert.Equal("2", second.QuerySelector("nav.pager [aria-current=page]")!.TextContent);

        // The province's page lists all three programmes: two pages, the counties on the first only.
        var province = new HtmlParser().ParseDocument(site.Page("regions/prov/index.html"));
        var provinceTwo = new HtmlParser().ParseDocument(site.Page("regions/prov/index-2.html"));
        Assert.Equal(3, province.QuerySelectorAll(".program-title").Length + provinceTwo.QuerySelectorAll(".program-title").Length);
        Assert.NotEmpty(province.QuerySelectorAll("#sub"));
        Assert.Empty(provinceTwo.QuerySelectorAll("#sub"));
    }

    [Fact]
    public void A_page_size_below_one_is_refused_with_its_line()
    {
        using var site = new TempSite();
        site.Edit("site.yaml", "footer:", "list_page_size: 0\nfooter:");
        site.Build().AssertContentError("site.yaml:7", "list_page_size is 0");
    }
}

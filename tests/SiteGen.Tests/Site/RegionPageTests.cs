using AngleSharp.Html.Parser;

namespace SiteGen.Tests.Site;

/// <summary>A region page lists each of its programmes once, grouped by category, with each office's phones once.</summary>
public sealed class RegionPageTests : IClassFixture<BuiltMiniSite>
{
    private readonly BuiltMiniSite _site;
    private readonly HtmlParser _parser = new();

    public RegionPageTests(BuiltMiniSite site) => _site = site;

    private AngleSharp.Html.Dom.IHtmlDocument Doc(string path) => _parser.ParseDocument(_site.Site.Page(path));

    [Fact]
    public void Each_programme_is_listed_once_under_its_first_category_and_the_rest_last()
    {
        var doc = Doc("regions/south/index.html");
        var links = doc.QuerySelectorAll("main a.program-title").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(links.Distinct().Count(), links.Count);
        Assert.Equal(2, links.Count);
        Assert.Equal(["社会救助", "其他"], doc.QuerySelectorAll("#by-c ~ h3").Select(h => h.TextContent).ToArray());
        // The jump list names each group with its count and leads to it.
        var jumps = doc.QuerySelectorAll(".jump a").ToList();
        Assert.Equal(["社会救助（1）", "其他（1）"], jumps.Select(a => a.TextContent).ToArray());
        Assert.All(jumps, a => Assert.NotNull(doc.GetElementById(a.GetAttribute("href")!.TrimStart('#'))));
    }

    [Fact]
    public void The_contact_list_names_each_office_once_with_its_numbers_and_count_and_no_programme_titles()
    {
        var doc = Doc("regions/south/index.html");
        var offices = doc.QuerySelectorAll(".contacts li").ToList();
        Assert.Single(offices);
        Assert.Equal("南市民政局", offices[0].QuerySelector(".contact-office")!.TextContent);
        Assert.Equal(["tel:02007654321"], offices[0].QuerySelectorAll("a.phone").Select(a => a.GetAttribute("href") ?? "").ToArray());
        Assert.Contains("2 项", offices[0].TextContent);
        Assert.DoesNotContain("最低生活保障", doc.QuerySelector(".contacts")!.TextContent);
    }

    [Fact]
    public void A_province_lists_the_programmes_of_every_city_below_it_once()
    {
        var doc = Doc("regions/prov/index.html");
        var links = doc.QuerySelectorAll("main a.program-title").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(3, links.Count);
        Assert.Equal(3, links.Distinct().Count());
    }
}

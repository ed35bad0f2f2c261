using AngleSharp.Html.Parser;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Site;

/// <summary>
/// A county the division table added has no list of its own: its page lists the programmes of the lists that
/// cover it, once each, with a sentence naming them; its city's page links it.
/// </summary>
public sealed class CoveredRegionPageTests : IClassFixture<CoveredRegionPageTests.BuiltWithDivisions>
{
    /// <summary>The mini site with a division table (东县 and 西区 join 北市, 中县 joins 南市), built once.</summary>
    public sealed class BuiltWithDivisions : IDisposable
    {
        public TempSite Site { get; } = new();

        public BuiltWithDivisions()
        {
            MiniDivisions.WriteTo(Site);
            // A programme of the province's own, so a county is covered by two lists.
            var south = File.ReadAllText(Path.Combine(Site.Content, "programs/south/south-02.md"));
            Site.Write("programs/south/south-02.md", south.Replace("region: south", "region: prov").Replace("department: south-minzheng", "department: prov-minzheng"));
            Site.Write("departments.yaml", File.ReadAllText(Path.Combine(Site.Content, "departments.yaml")) + "- id: prov-minzheng\n  name: 测试省民政厅\n  region: prov\n  type: minzheng\n");
            // The build fails on any broken internal link, so its success also proves every new page is reachable.
            var result = BuiltMiniSite.BuildWithEpoch(Site, Site.Out);
            Assert.True(result.ExitCode == 0, result.Stderr);
        }

        public void Dispose() => Site.Dispose();
    }

    private readonly BuiltWithDivisions _built;
    private readonly HtmlParser _parser = new();

    public CoveredRegionPageTests(BuiltWithDivisions built) => _built = built;

    private AngleSharp.Html.Dom.IHtmlDocument Doc(string path) => _parser.ParseDocument(_built.Site.Page(path));

    private static string[] ProgrammeLinks(AngleSharp.Html.Dom.IHtmlDocument doc) =>
        doc.QuerySelectorAll("main a.program-title").Select(a => a.GetAttribute("href") ?? "").ToArray();

    [Fact]
    public void An_added_county_lists_its_citys_and_provinces_programmes_once_and_says_so()
    {
        var doc = Doc("regions/dongxian/index.html");

        Assert.Equal("东县惠民政策", doc.QuerySelector("h1")!.TextContent);
        var links = ProgrammeLinks(doc);
        Assert.Equal(["../../programs/north-01/index.html", "../../programs/south-02/index.html"], links.Order(StringComparer.Ordinal).ToArray());
        var note = doc.QuerySelector("p.note")!;
        Assert.Contains("东县没有单独的政策清单，以下 2 项是覆盖本地的北市、测试省政策", note.TextContent);
        Assert.Equal(["../../regions/north/index.html", "../../regions/prov/index.html"], note.QuerySelectorAll("a").Select(a => a.GetAttribute("href") ?? "").ToArray());
        // The trail leads up through the city.
        Assert.Contains(doc.QuerySelectorAll("nav a"), a => a.GetAttribute("href") == "../../regions/north/index.html");
    }

    [Fact]
    public void A_city_page_links_every_county_the_table_added_with_what_its_page_lists()
    {
        var doc = Doc("regions/north/index.html");
        var tiles = doc.QuerySelectorAll("#sub ~ ul.tiles a").ToList();

        Assert.Equal(["../../regions/dongxian/index.html", "../../regions/xiqu/index.html"], tiles.Select(a => a.GetAttribute("href") ?? "").ToArray());
        Assert.Equal(["东县", "西区"], tiles.Select(a => a.QuerySelector("strong")!.TextContent).ToArray());
        Assert.All(tiles, a => Assert.Equal("2 项政策", a.QuerySelector("span")!.TextContent));
    }

    [Fact]
    public void A_city_with_a_list_of_its_own_still_lists_only_its_own()
    {
        var doc = Doc("regions/north/index.html");
        Assert.Equal(["../../programs/north-01/index.html"], ProgrammeLinks(doc));
        Assert.Null(doc.QuerySelector("p.note"));
    }

    [Fact]
    public void The_region_list_and_the_hotlines_name_the_added_counties()
    {
        var tree = Doc("regions/index.html");
        Assert.Contains(tree.QuerySelectorAll(".region-tree a"), a => a.GetAttribute("href") == "../regions/zhongxian/index.html" && a.TextContent == "中县");
        var hotlines = Doc("hotlines/index.html");
        Assert.Contains("本地执行北市的清单", hotlines.GetElementById("region-xiqu")!.TextContent);
    }
}

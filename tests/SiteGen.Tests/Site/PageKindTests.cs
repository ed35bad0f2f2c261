using AngleSharp.Html.Parser;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Site;

/// <summary>Every kind of page is made, with what its readers need on it.</summary>
public sealed class PageKindTests : IClassFixture<BuiltMiniSite>
{
    private readonly BuiltMiniSite _site;
    private readonly HtmlParser _parser = new();

    public PageKindTests(BuiltMiniSite site) => _site = site;

    private AngleSharp.Html.Dom.IHtmlDocument Doc(string path) => _parser.ParseDocument(_site.Site.Page(path));

    [Fact]
    public void Home_has_a_search_box_and_ways_in_by_region_department_and_audience()
    {
        var doc = Doc("index.html");
        Assert.NotNull(doc.QuerySelector("form[role=search] input[name=q]"));
        var links = doc.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("regions/north/index.html", links);
        Assert.Contains("department-types/minzheng/index.html", links);
        Assert.Contains("audiences/elderly/index.html", links);
        Assert.Contains("compare/dibao/index.html", links);
        Assert.Contains("documents/test-2019-7/index.html", links);
    }

    [Fact]
    public void Program_page_has_every_field_an_answer_block_a_tel_link_and_its_source()
    {
        var doc = Doc("programs/north-01/index.html");
        Assert.Equal("zh-CN", doc.DocumentElement.GetAttribute("lang"));
        Assert.Equal("最低生活保障", doc.QuerySelector("h1")!.TextContent);
        var answer = doc.QuerySelector(".answer")!.TextContent;
        Assert.Contains("家庭人均收入低于当地低保标准的居民。", answer);
        Assert.Contains("2025年城市低保标准657元/月/人。", answer);
        Assert.Contains("向北市民政局申请，经审核确认。", answer);
        Assert.Equal("tel:01001234567", doc.QuerySelector(".answer a.phone")!.GetAttribute("href"));
        Assert.Equal(["申请受理。", "审核确认。"], doc.QuerySelectorAll(".steps li").Select(li => li.TextContent).ToArray());
        Assert.Equal("../../documents/test-2020-1/index.html", doc.QuerySelector(".basis a")!.GetAttribute("href"));
        Assert.Contains("测试省惠民政策清单", doc.QuerySelector(".provenance")!.TextContent);
        Assert.Contains("又称：低保", doc.Body!.TextContent);
    }

    [Fact]
    public void Region_page_groups_by_category_and_lists_hotlines()
    {
        var doc = Doc("regions/south/index.html");
        Assert.Contains("南市民政局", doc.QuerySelector(".contacts")!.TextContent);
        Assert.Contains("社会救助", doc.QuerySelector("#by-c")!.ParentElement!.TextContent);
        Assert.Equal("tel:02007654321", doc.QuerySelector(".contacts a.phone")!.GetAttribute("href"));
        var province = Doc("regions/prov/index.html");
        Assert.Equal(3, province.QuerySelectorAll("#by-c ~ ul.program-list li").Length);
        Assert.Contains("共 3 项政策", province.Body!.TextContent);
    }

    [Fact]
    public void Department_and_department_type_pages_list_their_programmes()
    {
        Assert.Equal(2, Doc("departments/south-minzheng/index.html").QuerySelectorAll(".program-list li").Length);
        var type = Doc("department-types/minzheng/index.html");
        Assert.Equal(3, type.QuerySelectorAll(".program-list li").Length);
        Assert.Contains("北市民政局", type.Body!.TextContent);
    }

    [Fact]
    public void Document_page_lists_every_programme_citing_it_whatever_the_bracket_style()
    {
        var doc = Doc("documents/test-2020-1/index.html");
        Assert.Equal(2, doc.QuerySelectorAll(".program-list li").Length);
        Assert.Contains("测民发〔2020〕1号", doc.Body!.TextContent);
    }

    [Fact]
    public void Full_document_is_readable_with_a_table_of_contents_and_a_supplied_title_is_marked()
    {
        var doc = Doc("documents/test-2019-7/index.html");
        var toc = doc.QuerySelectorAll(".toc a").ToList();
        Assert.Equal(3, toc.Count);
        foreach (var link in toc)
            Assert.NotNull(doc.GetElementById(Uri.UnescapeDataString(link.GetAttribute("href")![1..])));
        Assert.Contains("此标题由编辑拟定：测试来源缺少标题行，此标题由编辑根据正文拟定。", doc.QuerySelector(".note")!.TextContent);
        Assert.Contains("自2019年5月1日起施行", doc.QuerySelector(".doc-body")!.TextContent);
    }

    [Fact]
    public void Audience_and_category_pages_list_tagged_programmes()
    {
        Assert.Single(Doc("audiences/elderly/index.html").QuerySelectorAll(".program-list li"));
        Assert.Equal(2, Doc("categories/social-assistance/index.html").QuerySelectorAll(".program-list li").Length);
        Assert.Contains("老年人", Doc("audiences/index.html").Body!.TextContent);
    }

    [Fact]
    public void Comparison_page_puts_standards_side_by_side()
    {
        var rows = Doc("compare/dibao/index.html").QuerySelectorAll("table.compare tbody tr").ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains("657元/月/人", rows[0].TextContent);
        Assert.Contains("606元/月/人", rows[1].TextContent);
    }

    [Fact]
    public void Search_page_has_the_filters_and_the_programme_list_every_programme()
    {
        Assert.Equal(3, Doc("programs/index.html").QuerySelectorAll(".program-list li").Length);
        var doc = Doc("search/index.html");
        Assert.NotNull(doc.QuerySelector("#f-region option[value=south]"));
        Assert.NotNull(doc.QuerySelector("#f-dept-type option[value=minzheng]"));
        Assert.NotNull(doc.QuerySelector("#f-audience option[value=elderly]"));
    }

    [Fact]
    public void Hotline_directory_404_sitemap_robots_feed_and_open_data_exist()
    {
        Assert.Contains("0200-7654321", Doc("hotlines/index.html").Body!.TextContent);
        Assert.Contains("没有找到这个页面", Doc("404.html").Body!.TextContent);
        Assert.Contains("<loc>programs/north-01/</loc>", _site.Site.Page("sitemap.xml"));
        Assert.DoesNotContain("404", _site.Site.Page("sitemap.xml"));
        Assert.StartsWith("User-agent: *", _site.Site.Page("robots.txt"));
        Assert.Equal(3, System.Xml.Linq.XDocument.Parse(_site.Site.Page("feed.xml")).Root!.Elements().Count(e => e.Name.LocalName == "entry"));

        using var json = System.Text.Json.JsonDocument.Parse(_site.Site.Page("data/programs.json"));
        var first = json.RootElement.EnumerateArray().First();
        foreach (var field in new[] { "id", "title", "region", "department", "url" }) Assert.True(first.TryGetProperty(field, out _), field);
        Assert.Equal("programs/north-01/index.html", first.GetProperty("url").GetString());

        var csv = File.ReadAllBytes(Path.Combine(_site.Site.Out, "data/programs.csv"));
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, csv[..3]);
        Assert.Equal(4, System.Text.Encoding.UTF8.GetString(csv).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void Every_page_carries_the_government_metadata_from_site_settings()
    {
        var doc = Doc("programs/south-02/index.html");
        string Meta(string name) => doc.QuerySelector($"meta[name={name}]")!.GetAttribute("content")!;
        Assert.Equal("测试站点", Meta("SiteName"));
        Assert.Equal("TEST000001", Meta("SiteIDCode"));
        Assert.Equal("民政", Meta("ColumnName"));
        Assert.Equal("高龄津贴（南市）", Meta("ArticleTitle"));
        Assert.Equal("2024-03-09", Meta("PubDate"));
        Assert.Equal("测试省", Meta("ContentSource"));
    }
}

/// <summary>The mini site, built once for a class of read-only tests, with a fixed SOURCE_DATE_EPOCH (2024-03-09).</summary>
public sealed class BuiltMiniSite : IDisposable
{
    public const string Epoch = "1709942400";
    public TempSite Site { get; } = new();

    public BuiltMiniSite()
    {
        var result = BuildWithEpoch(Site, Site.Out);
        Assert.True(result.ExitCode == 0, result.Stderr);
    }

    public static CliResult BuildWithEpoch(TempSite site, string outDir) =>
        site.Run("build", "--content", site.Content, "--seeds", site.Seeds, "--templates", site.Templates, "--out", outDir, "--quiet", "--source-date-epoch", Epoch);

    public void Dispose() => Site.Dispose();
}

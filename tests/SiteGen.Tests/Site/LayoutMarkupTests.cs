using AngleSharp.Html.Parser;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Site;

/// <summary>The markup 长者模式 and the printed handout rely on, present without any script.</summary>
public sealed class LayoutMarkupTests : IClassFixture<BuiltMiniSite>
{
    private readonly BuiltMiniSite _site;
    private readonly HtmlParser _parser = new();

    public LayoutMarkupTests(BuiltMiniSite site) => _site = site;

    [Theory]
    [InlineData("index.html")]
    [InlineData("programs/north-01/index.html")]
    [InlineData("regions/south/index.html")]
    public void Every_page_has_the_elder_switch_as_a_link_to_its_target_and_the_script_as_a_file(string path)
    {
        var doc = _parser.ParseDocument(_site.Site.Page(path));
        var link = doc.GetElementById("elder-switch")!;
        Assert.Equal("#elder", link.GetAttribute("href"));
        Assert.Equal("长者模式", link.TextContent);
        Assert.NotNull(doc.GetElementById("elder"));
        Assert.EndsWith("assets/elder.js", doc.QuerySelector("body > script")!.GetAttribute("src"));
        Assert.Single(doc.QuerySelectorAll("[role=search]"));
    }

    [Fact]
    public void A_programme_page_carries_its_address_for_print_absolute_with_an_absolute_base_url()
    {
        Assert.Equal("本页地址：programs/north-01/index.html",
            _parser.ParseDocument(_site.Site.Page("programs/north-01/index.html")).QuerySelector(".print-address")!.TextContent);
        using var site = new TempSite();
        Assert.Equal(0, site.Build(null, "--base-url", "https://example.gov.cn/hmzc").ExitCode);
        Assert.Equal("本页地址：https://example.gov.cn/hmzc/programs/north-01/index.html",
            _parser.ParseDocument(site.Page("programs/north-01/index.html")).QuerySelector(".print-address")!.TextContent);
    }
}

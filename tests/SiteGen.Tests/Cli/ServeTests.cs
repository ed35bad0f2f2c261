using System.Net;
using SiteGen.Tests.Support;
using static SiteGen.Tests.Support.PreviewServer;

namespace SiteGen.Tests.Cli;

/// <summary>The preview server: local only, serves the site and its 404 page, and rebuilds when content changes.</summary>
public sealed class ServeTests
{
    private const string Program = "programs/south/south-02.md";
    private const string Page = "programs/south-02/index.html";

    [Fact]
    public async Task Serves_the_site_and_rebuilds_and_reloads_after_an_edit()
    {
        using var site = new TempSite();
        await using var server = new PreviewServer(site);
        var http = server.Http;

        var home = await Eventually(() => http.GetStringAsync("index.html"));
        Assert.Contains("测试惠民政策", home);
        Assert.Contains("/__sitegen/version", home);
        Assert.DoesNotContain("/__sitegen/version", File.ReadAllText(Path.Combine(site.Out, "index.html")));

        var missing = await http.GetAsync("no/such/page.html");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("没有找到这个页面", await missing.Content.ReadAsStringAsync());

        var version = await http.GetStringAsync("__sitegen/version");
        site.Edit(Program, "title: 高龄津贴", "title: 高龄老人津贴");
        await Eventually(async () =>
        {
            var now = await http.GetStringAsync("__sitegen/version");
            return now != version ? now : throw new InvalidOperationException("not rebuilt yet");
        });
        Assert.Contains("高龄老人津贴", await http.GetStringAsync(Page));
    }
}

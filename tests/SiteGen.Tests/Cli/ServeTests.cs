using System.Net;
using System.Net.Sockets;
using SiteGen.Cli;
using SiteGen.Site;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Cli;

/// <summary>The preview server: local only, serves the site and its 404 page, and rebuilds when content changes.</summary>
public sealed class ServeTests
{
    [Fact]
    public async Task Serves_the_site_and_rebuilds_and_reloads_after_an_edit()
    {
        using var site = new TempSite();
        var port = FreePort();
        var options = new BuildOptions(site.Content, site.Templates, site.Seeds, site.Out, null, "1700000000");
        using var stop = new CancellationTokenSource();
        var server = new DevServer(options, port, new Reporter(TextWriter.Null, TextWriter.Null), quiet: true).RunAsync(stop.Token);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(10) };
        try
        {
            var home = await Eventually(() => http.GetStringAsync("index.html"));
            Assert.Contains("测试惠民政策", home);
            Assert.Contains("/__sitegen/version", home);
            Assert.DoesNotContain("/__sitegen/version", File.ReadAllText(Path.Combine(site.Out, "index.html")));

            var missing = await http.GetAsync("no/such/page.html");
            Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
            Assert.Contains("没有找到这个页面", await missing.Content.ReadAsStringAsync());

            var version = await http.GetStringAsync("__sitegen/version");
            site.Edit("programs/south/south-02.md", "title: 高龄津贴", "title: 高龄老人津贴");
            await Eventually(async () =>
            {
                var now = await http.GetStringAsync("__sitegen/version");
                return now != version ? now : throw new InvalidOperationException("not rebuilt yet");
            });
            Assert.Contains("高龄老人津贴", await http.GetStringAsync("programs/south-02/index.html"));
        }
        finally
        {
            await stop.CancelAsync();
            await server;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Retries until the server has started or rebuilt; gives up after a generous limit so a broken server fails the test.</summary>
    private static async Task<T> Eventually<T>(Func<Task<T>> attempt)
    {
        for (var i = 0; ; i++)
        {
            try { return await attempt(); }
            catch (Exception) when (i < 150) { await Task.Delay(200); }
        }
    }
}

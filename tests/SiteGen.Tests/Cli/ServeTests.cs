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
        // The reload script is a file of the server's (the pages' policy forbids inline script), never part of the built site.
        Assert.Contains("<script src=\"/__sitegen/reload.js\"></script></body>", home);
        Assert.DoesNotContain("__sitegen", File.ReadAllText(Path.Combine(site.Out, "index.html")));
        Assert.Contains("/__sitegen/wait", await http.GetStringAsync("__sitegen/reload.js"));

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

    [Fact]
    public async Task A_page_stays_served_through_a_burst_of_saves_and_ends_with_the_last_one()
    {
        using var site = new TempSite();
        await using var server = new PreviewServer(site);
        var original = File.ReadAllText(Path.Combine(site.Content, Program));
        Assert.Contains("title: 高龄津贴", original);
        // Letters, not digits: a number in a title would be a figure the provenance check looks for in the seed.
        static string Title(int save) => "高龄津贴" + (char)('A' + save / 26) + (char)('A' + save % 26);

        var saves = Task.Run(async () =>
        {
            for (var save = 0; save < 30; save++)
            {
                site.Write(Program, original.Replace("title: 高龄津贴", "title: " + Title(save), StringComparison.Ordinal));
                await Task.Delay(40);
            }
        });
        var answers = new List<HttpStatusCode>();
        for (var request = 0; request < 200; request++)
        {
            using var response = await server.Http.GetAsync(Page);
            answers.Add(response.StatusCode);
            await Task.Delay(15);
        }
        await saves;

        var failures = answers.Where(s => s != HttpStatusCode.OK).GroupBy(s => s).Select(g => $"{g.Count()} × {(int)g.Key}").ToList();
        Assert.True(failures.Count == 0, $"of {answers.Count} requests during 30 saves: {string.Join(", ", failures)}");
        await Eventually(async () =>
        {
            var page = await server.Http.GetStringAsync(Page);
            return page.Contains(Title(29), StringComparison.Ordinal) ? page : throw new InvalidOperationException("not rebuilt with the last save yet");
        });
    }

    [Fact]
    public async Task The_reload_scripts_wait_is_answered_when_an_edit_is_built_and_the_page_then_has_it()
    {
        using var site = new TempSite();
        await using var server = new PreviewServer(site);
        var http = server.Http;
        await Eventually(() => http.GetStringAsync(Page));
        // A wait without a stamp is answered at once with the current one; a wait with it is held until something changes.
        static (int Stamp, int Version) Read(string json)
        {
            using var answer = System.Text.Json.JsonDocument.Parse(json);
            return (answer.RootElement.GetProperty("stamp").GetInt32(), answer.RootElement.GetProperty("version").GetInt32());
        }
        var before = Read(await http.GetStringAsync("__sitegen/wait"));
        Assert.Equal(before.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), await http.GetStringAsync("__sitegen/version"));
        var waiting = http.GetStringAsync($"__sitegen/wait?stamp={before.Stamp}&page=programs%2Fsouth-02%2F");
        await Task.Delay(300);
        Assert.False(waiting.IsCompleted, "a wait was answered with nothing changed");
        site.Edit(Program, "title: 高龄津贴", "title: 高龄老人津贴");
        var after = Read(await waiting);
        Assert.NotEqual(before.Stamp, after.Stamp);
        Assert.True(after.Version > before.Version, $"version {before.Version} → {after.Version}");
        await Eventually(async () =>
        {
            var page = await http.GetStringAsync(Page);
            return page.Contains("高龄老人津贴", StringComparison.Ordinal) ? page : throw new InvalidOperationException("not rebuilt yet");
        });
    }
}

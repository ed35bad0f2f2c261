using System.Text.Json;
using SiteGen.Tests.Support;
using static SiteGen.Tests.Support.PreviewServer;

namespace SiteGen.Tests.Cli;

/// <summary>
/// A rebuild that fails in the preview: its path:line:col errors reach the open page through the reload script,
/// shown as text, and a rebuild that succeeds clears them and makes the page reload.
/// </summary>
public sealed class ServeErrorOverlayTests
{
    private const string Program = "programs/south/south-02.md";

    [Fact]
    public async Task A_failed_rebuild_serves_its_errors_and_the_fix_clears_them_and_reloads()
    {
        using var site = new TempSite();
        await using var server = new PreviewServer(site);
        var http = server.Http;
        await Eventually(() => http.GetStringAsync("index.html"));
        Assert.Equal("[]", await http.GetStringAsync("__sitegen/errors"));
        var version = await http.GetStringAsync("__sitegen/version");

        site.Edit(Program, "title: 高龄津贴", "titel: <b>高龄津贴</b>");
        var errors = await Eventually(async () =>
        {
            var list = JsonSerializer.Deserialize<string[]>(await http.GetStringAsync("__sitegen/errors"))!;
            return list.Length > 0 ? list : throw new InvalidOperationException("no errors yet");
        });
        Assert.Contains(errors, e => System.Text.RegularExpressions.Regex.IsMatch(e, @"south-02\.md:\d+:\d+: error: "));
        Assert.DoesNotContain(errors, e => e.StartsWith("  ", StringComparison.Ordinal) || e.StartsWith("warning:", StringComparison.Ordinal));
        // The last good site is still served, and a failure is no new version (the page must not reload into nothing new).
        Assert.Equal(version, await http.GetStringAsync("__sitegen/version"));
        Assert.Contains("高龄津贴", await http.GetStringAsync("programs/south-02/index.html"));

        site.Edit(Program, "titel: <b>高龄津贴</b>", "title: 高龄津贴");
        await Eventually(async () =>
            await http.GetStringAsync("__sitegen/errors") == "[]" ? true : throw new InvalidOperationException("errors not cleared yet"));
        Assert.NotEqual(version, await http.GetStringAsync("__sitegen/version"));
    }

    [Fact]
    public async Task The_reload_script_writes_errors_as_text_and_its_styles_are_a_file_of_the_server()
    {
        using var site = new TempSite();
        await using var server = new PreviewServer(site);
        var http = server.Http;
        var script = await Eventually(() => http.GetStringAsync("__sitegen/reload.js"));
        Assert.Contains("/__sitegen/errors", script);
        Assert.Contains("textContent", script);
        Assert.DoesNotContain("innerHTML", script);
        Assert.DoesNotContain("insertAdjacentHTML", script);
        Assert.Contains("/__sitegen/overlay.css", script);
        using var style = await http.GetAsync("__sitegen/overlay.css");
        Assert.Equal("text/css", style.Content.Headers.ContentType?.MediaType);
        Assert.Contains("#sitegen-errors", await style.Content.ReadAsStringAsync());
        Assert.DoesNotContain("overlay.css", File.ReadAllText(Path.Combine(site.Out, "index.html")));
    }
}

using System.Text.RegularExpressions;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Answers;

/// <summary>Every page of the real site has a title of its own, so a browser tab, a bookmark or a search engine tells them apart.</summary>
public sealed class PageTitleTests
{
    [Fact]
    public void No_two_pages_of_the_shipped_site_share_a_title()
    {
        using var site = new TempSite(Repo.Root);
        var result = site.Build();
        Assert.True(result.ExitCode == 0, result.Stderr);
        var shared = Directory.EnumerateFiles(site.Out, "*.html", SearchOption.AllDirectories)
            .Select(f => (Page: Path.GetRelativePath(site.Out, f), Title: Regex.Match(File.ReadAllText(f), "<title>(.*?)</title>").Groups[1].Value))
            .GroupBy(p => p.Title)
            .Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(p => p.Page))}")
            .ToList();
        Assert.Empty(shared);
    }

    [Fact]
    public void A_qualifier_tells_two_programmes_of_the_same_title_apart_and_names_the_region()
    {
        using var site = new TempSite(Repo.Root);
        Assert.Equal(0, site.Build().ExitCode);
        Assert.Contains("<title>社会救助（流浪乞讨老年人）（汾阳市） - ", site.Page("programs/fenyang-20/index.html"));
        Assert.Contains("<h1>社会救助（流浪乞讨老年人）</h1>", site.Page("programs/fenyang-20/index.html"));
    }
}

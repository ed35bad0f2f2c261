using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Site;

/// <summary>
/// The government metadata of every page: its own description and keywords, the date of its own content, and the
/// warnings while the settings a publisher must fill in are empty.
/// </summary>
public sealed class PageMetadataTests
{
    private const string Epoch = "1700000000"; // 2023-11-14
    private static readonly HtmlParser Parser = new();

    private static string MetaOf(string html, string name) =>
        Parser.ParseDocument(html).QuerySelector($"meta[name='{name}']")?.GetAttribute("content") ?? throw new InvalidOperationException($"no {name}");

    private static IEnumerable<(string Path, string Html)> Pages(TempSite site) =>
        Directory.EnumerateFiles(site.Out, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(f => (Path.GetRelativePath(site.Out, f).Replace('\\', '/'), File.ReadAllText(f)));

    [Fact]
    public void Every_page_has_its_own_description_and_keywords()
    {
        using var site = new TempSite();
        Assert.Equal(0, site.Build(null, "--source-date-epoch", Epoch).ExitCode);
        var pages = Pages(site).ToList();
        Assert.True(pages.Count > 20);
        foreach (var (path, html) in pages)
        {
            Assert.False(MetaOf(html, "keywords").Length == 0, $"{path} has no keywords");
            Assert.True(MetaOf(html, "description").Length <= 120, $"{path}'s description is too long");
        }
        // The site's own text alone is the home page's, and no two pages share a description.
        var alone = pages.Where(p => MetaOf(p.Html, "description") == "测试站点").Select(p => p.Path).ToList();
        Assert.Equal(["index.html"], alone);
        var shared = pages.GroupBy(p => MetaOf(p.Html, "description")).Where(g => g.Count() > 1).Select(g => string.Join(", ", g.Select(p => p.Path))).ToList();
        Assert.True(shared.Count == 0, "pages sharing a description: " + string.Join("; ", shared));
    }

    [Fact]
    public void A_programme_is_found_by_its_title_aliases_region_department_and_kind()
    {
        using var site = new TempSite();
        site.Edit("programs/south/south-02.md", "title: 高龄津贴\n", "title: 高龄津贴\naliases: [高龄补贴, \"长寿,金\"]\n");
        Assert.Equal(0, site.Build(null, "--source-date-epoch", Epoch).ExitCode);
        var words = MetaOf(site.Page("programs/south-02/index.html"), "keywords").Split(',');
        foreach (var word in new[] { "高龄津贴", "高龄补贴", "南市", "南市民政局" }) Assert.Contains(word, words);
        // A comma inside a word would split it in two.
        Assert.Contains("长寿，金", words);
        Assert.Equal(words.Length, words.Distinct().Count());
        var kinds = Regex.Matches(File.ReadAllText(Path.Combine(site.Content, "programs/north/north-01.md")), @"(?m)^kind: (\S+)").Select(m => m.Groups[1].Value).ToList();
        if (kinds.Count > 0)
        {
            var kind = Regex.Match(File.ReadAllText(Path.Combine(site.Content, "kinds.yaml")), $@"id: {kinds[0]}\s+name: (\S+)").Groups[1].Value;
            Assert.Contains(kind, MetaOf(site.Page("programs/north-01/index.html"), "keywords").Split(','));
        }
    }

    [Fact]
    public void A_programme_or_document_carries_its_own_files_date_never_after_the_sites()
    {
        using var site = new TempSite();
        File.SetLastWriteTimeUtc(Path.Combine(site.Content, "programs/south/south-02.md"), new DateTime(2021, 3, 4, 5, 6, 7, DateTimeKind.Utc));
        var document = Directory.EnumerateFiles(Path.Combine(site.Content, "documents")).Order(StringComparer.Ordinal)
            .First(f => !Regex.IsMatch(File.ReadAllText(f), @"(?m)^date:"));
        File.SetLastWriteTimeUtc(document, new DateTime(2022, 5, 6, 0, 0, 0, DateTimeKind.Utc));
        Assert.Equal(0, site.Build(null, "--source-date-epoch", Epoch).ExitCode);

        Assert.Equal("2021-03-04", MetaOf(site.Page("programs/south-02/index.html"), "PubDate"));
        // Files newer than SOURCE_DATE_EPOCH (every file of a fresh checkout) are clamped to it, so the build stays reproducible.
        Assert.Equal("2023-11-14", MetaOf(site.Page("programs/north-01/index.html"), "PubDate"));
        Assert.Equal("2023-11-14", MetaOf(site.Page("index.html"), "PubDate"));
        var documentPage = Pages(site).Single(p => p.Path.StartsWith("documents/" + Path.GetFileNameWithoutExtension(document) + "/", StringComparison.Ordinal));
        Assert.Equal("2022-05-06", MetaOf(documentPage.Html, "PubDate"));

        var first = Pages(site).ToList();
        Assert.Equal(0, site.Build(null, "--source-date-epoch", Epoch).ExitCode);
        Assert.Equal(first, Pages(site).ToList());
    }

    [Fact]
    public void The_build_warns_while_the_site_id_code_is_empty()
    {
        using var site = new TempSite();
        var filled = site.Build(null, "--source-date-epoch", Epoch);
        Assert.Equal(0, filled.ExitCode);
        Assert.DoesNotContain("site_id_code", filled.Stderr);

        site.Edit("site.yaml", "site_id_code: \"TEST000001\"", "site_id_code: \"\"");
        var empty = site.Build(null, "--source-date-epoch", Epoch);
        Assert.Equal(0, empty.ExitCode);
        Assert.Contains("warning: site_id_code is empty in content/site.yaml", empty.Stderr);
    }

    [Fact]
    public void The_404_page_takes_its_base_from_site_url_when_no_base_url_is_given()
    {
        using var site = new TempSite();
        site.Edit("site.yaml", "site_url: \"\"", "site_url: \"https://example.gov.cn/gov/policy/\"");
        Assert.Equal(0, site.Build(null, "--source-date-epoch", Epoch).ExitCode);
        Assert.Contains("<base href=\"/gov/policy/\">", site.Page("404.html"));
        Assert.DoesNotContain("<base", site.Page("index.html"));
        // --base-url, when given, decides.
        Assert.Equal(0, site.Build(null, "--source-date-epoch", Epoch, "--base-url", "/other/").ExitCode);
        Assert.Contains("<base href=\"/other/\">", site.Page("404.html"));
    }
}

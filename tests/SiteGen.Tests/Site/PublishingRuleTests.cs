using System.Security.Cryptography;
using AngleSharp.Html.Parser;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Site;

/// <summary>The rules government hosting checks: relative links only, nothing external, reproducible output, safe failure.</summary>
public sealed class PublishingRuleTests
{
    [Fact]
    public void Two_builds_of_the_same_input_are_byte_identical()
    {
        using var site = new TempSite();
        var a = Path.Combine(site.Root, "a");
        var b = Path.Combine(site.Root, "b");
        Assert.Equal(0, BuiltMiniSite.BuildWithEpoch(site, a).ExitCode);
        Assert.Equal(0, BuiltMiniSite.BuildWithEpoch(site, b).ExitCode);

        var left = Digests(a);
        Assert.True(left.Count > 20);
        Assert.Equal(left, Digests(b));
    }

    [Fact]
    public void Source_date_epoch_decides_every_date_on_the_site()
    {
        using var site = new TempSite();
        Assert.Equal(0, BuiltMiniSite.BuildWithEpoch(site, site.Out).ExitCode);
        Assert.Contains("<meta name=\"PubDate\" content=\"2024-03-09\">", site.Page("index.html"));
        Assert.Contains("<updated>2024-03-09T00:00:00Z</updated>", site.Page("feed.xml"));
        Assert.Contains("<lastmod>2024-03-09</lastmod>", site.Page("sitemap.xml"));
    }

    [Fact]
    public void Every_link_is_relative_and_nothing_is_loaded_from_elsewhere()
    {
        using var site = new TempSite();
        Assert.Equal(0, site.Build(null, "--base-url", "https://example.org/sub/path/").ExitCode);
        var parser = new HtmlParser();
        foreach (var file in Directory.EnumerateFiles(site.Out, "*.html", SearchOption.AllDirectories))
        {
            var doc = parser.ParseDocument(File.ReadAllText(file));
            foreach (var element in doc.QuerySelectorAll("[href]:not(base), [src]"))
            {
                var link = element.GetAttribute("href") ?? element.GetAttribute("src")!;
                Assert.False(link.StartsWith('/'), $"{file}: {link}");
                if (link.StartsWith("tel:", StringComparison.Ordinal) || link.StartsWith("data:", StringComparison.Ordinal)) continue;
                Assert.DoesNotContain("://", link);
            }
        }
    }

    [Fact]
    public void A_base_url_reaches_the_sitemap_and_feed_but_not_the_links()
    {
        using var site = new TempSite();
        Assert.Equal(0, site.Build(null, "--base-url", "/sub/path").ExitCode);
        Assert.Contains("<loc>/sub/path/programs/north-01/</loc>", site.Page("sitemap.xml"));
        Assert.Contains("Sitemap: /sub/path/sitemap.xml", site.Page("robots.txt"));
        Assert.DoesNotContain("/sub/path", site.Page("programs/north-01/index.html"));
    }

    [Fact]
    public void The_404_page_resolves_its_links_from_the_site_root_at_any_depth()
    {
        using var site = new TempSite();
        Assert.Equal(0, site.Build(null, "--base-url", "https://example.org/gov/hmzc").ExitCode);
        Assert.Contains("<base href=\"/gov/hmzc/\">", site.Page("404.html"));
        Assert.DoesNotContain("<base", site.Page("index.html"));

        Assert.Equal(0, site.Build().ExitCode);
        Assert.DoesNotContain("<base", site.Page("404.html"));
    }

    [Fact]
    public void The_site_works_when_served_under_a_sub_path()
    {
        using var site = new TempSite();
        Assert.Equal(0, site.Build().ExitCode);
        // Resolve every link of every page as a browser would under /gov/policy/ and check the target exists.
        var parser = new HtmlParser();
        var root = new Uri("http://localhost/gov/policy/");
        foreach (var file in Directory.EnumerateFiles(site.Out, "*.html", SearchOption.AllDirectories))
        {
            var page = new Uri(root, Path.GetRelativePath(site.Out, file).Replace('\\', '/'));
            foreach (var a in parser.ParseDocument(File.ReadAllText(file)).QuerySelectorAll("a[href], link[href], script[src]"))
            {
                var link = a.GetAttribute("href") ?? a.GetAttribute("src")!;
                if (link.StartsWith("tel:", StringComparison.Ordinal) || link.StartsWith("data:", StringComparison.Ordinal) || link.StartsWith('#')) continue;
                var target = new Uri(page, link);
                Assert.StartsWith(root.AbsolutePath, target.AbsolutePath);
                var local = Path.Combine(site.Out, Uri.UnescapeDataString(target.AbsolutePath[root.AbsolutePath.Length..]));
                Assert.True(File.Exists(local), $"{page} links to {link}, which is not in the site");
            }
        }
    }

    [Fact]
    public void A_broken_internal_link_fails_the_build_naming_the_page_and_the_link_and_keeps_the_old_site()
    {
        using var site = new TempSite();
        site.OwnTemplates();
        Assert.Equal(0, site.Build().ExitCode);
        var before = site.Page("404.html");
        File.AppendAllText(Path.Combine(site.Templates, "404.html"), "<a href=\"{{ rel 'no/such/page.html' }}\">x</a>\n");

        var result = site.Build();

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("404.html: broken link: no/such/page.html", result.Stderr);
        Assert.Equal(before, site.Page("404.html"));
        Assert.False(Directory.Exists(site.Out + ".staging"));
    }

    [Fact]
    public void An_external_resource_in_a_template_fails_the_build()
    {
        using var site = new TempSite();
        site.OwnTemplates();
        var layout = Path.Combine(site.Templates, "layout.html");
        File.WriteAllText(layout, File.ReadAllText(layout).Replace("</head>", "<script src=\"https://cdn.example.com/x.js\"></script></head>"));

        var result = site.Build();

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("external resource (the site must load nothing from elsewhere): https://cdn.example.com/x.js", result.Stderr);
    }

    [Fact]
    public void Text_from_content_is_escaped_and_markdown_html_is_sanitised()
    {
        using var site = new TempSite();
        site.Edit("programs/south/south-02.md", "title: 高龄津贴", "title: \"高龄<b onmouseover=x>津贴</b>\"");
        Assert.Equal(0, site.Build().ExitCode);

        var page = site.Page("programs/south-02/index.html");
        Assert.Contains("高龄&lt;b onmouseover=x&gt;津贴&lt;/b&gt;", page);
        Assert.DoesNotContain("<b onmouseover", page);
        var sanitised = site.Page("programs/south-01/index.html");
        // The only scripts are the site's own files (assets/elder.js and assets/site.js on every page); none comes from the content.
        Assert.All(new HtmlParser().ParseDocument(sanitised).QuerySelectorAll("script"), s => Assert.StartsWith("../../assets/", s.GetAttribute("src") ?? ""));
        Assert.DoesNotContain("alert(1)", sanitised);
        Assert.Contains("<strong>低保</strong>", sanitised);
    }

    private static Dictionary<string, string> Digests(string dir) =>
        Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(dir, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));
}

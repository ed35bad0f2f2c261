using SiteGen.Site.Checks;
using SiteGen.Tests.Search;

namespace SiteGen.Tests.Site;

public sealed class LinkCheckerTests
{
    [Fact]
    public void A_missing_target_is_reported_once_with_the_first_page_that_links_to_it_and_how_many_others_do()
    {
        using var root = new TempDir();
        Write(root, "a/index.html", "");
        Write(root, "style.css", "");
        var checker = new LinkChecker(root.Path);
        checker.Read("z/index.html", """<link rel="stylesheet" href="../style.css"><a href="../gone.html">x</a>""");
        checker.Read("b/index.html", """<a href="../gone.html#part">x</a><a href="../a/index.html">a</a>""");
        checker.Read("c.html", """<a href="gone.html">x</a>""");

        var (problems, files) = checker.Finish();

        Assert.Equal(["b/index.html: broken link: ../gone.html#part (and 2 other page(s))"], problems.Select(p => p.ToString()));
        Assert.Equal(2, files);
    }

    [Fact]
    public void Pages_not_read_while_rendering_are_read_from_the_folder()
    {
        using var root = new TempDir();
        Write(root, "rendered.html", "");
        Write(root, "copied/page.html", """<a href="#nowhere">x</a><img src="https://cdn.example.com/i.png" alt=""><a href="../rendered.html">r</a>""");
        var checker = new LinkChecker(root.Path);
        checker.Read("rendered.html", """<h1 id="top">t</h1><a href="#top">t</a><a href="tel:12345">call</a>""");

        var (problems, _) = checker.Finish();

        Assert.Equal(
            ["copied/page.html: broken anchor: #nowhere", "copied/page.html: external resource (the site must load nothing from elsewhere): https://cdn.example.com/i.png"],
            problems.Select(p => p.ToString()));
    }

    [Fact]
    public void Links_that_leave_the_site_or_name_a_folder_are_refused()
    {
        using var root = new TempDir();
        Write(root, "p/index.html", "");
        var checker = new LinkChecker(root.Path);
        checker.Read("p/index.html", """<a href="../../outside.html">o</a><a href="../p/">f</a><a href="/p/index.html">r</a>""");

        var messages = checker.Finish().Problems.Select(p => p.Message).ToList();

        Assert.Equal(3, messages.Count);
        Assert.Contains("link leaves the site", messages);
        Assert.Contains(messages, m => m.StartsWith("link to a folder", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("root-absolute link", StringComparison.Ordinal));
    }

    private static void Write(TempDir root, string relative, string text)
    {
        var file = Path.Combine(root.Path, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, text);
    }
}

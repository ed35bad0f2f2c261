using SiteGen.Site.Checks;

namespace SiteGen.Tests.Site;

public sealed class LinkCheckerTests
{
    [Fact]
    public void A_missing_target_is_reported_once_with_the_first_page_that_links_to_it_and_how_many_others_do()
    {
        using var root = new TempFolder();
        root.Write("a/index.html", "");
        root.Write("style.css", "");
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
        using var root = new TempFolder();
        root.Write("rendered.html", "");
        root.Write("copied/page.html", """<a href="#nowhere">x</a><img src="https://cdn.example.com/i.png" alt=""><a href="../rendered.html">r</a>""");
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
        using var root = new TempFolder();
        root.Write("p/index.html", "");
        var checker = new LinkChecker(root.Path);
        checker.Read("p/index.html", """<a href="../../outside.html">o</a><a href="../p/">f</a><a href="/p/index.html">r</a>""");

        var messages = checker.Finish().Problems.Select(p => p.Message).ToList();

        Assert.Equal(3, messages.Count);
        Assert.Contains("link leaves the site", messages);
        Assert.Contains(messages, m => m.StartsWith("link to a folder", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("root-absolute link", StringComparison.Ordinal));
    }

    private sealed class TempFolder : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("links-").FullName;

        public void Write(string relative, string text)
        {
            var file = System.IO.Path.Combine(Path, relative);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(file)!);
            File.WriteAllText(file, text);
        }

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}

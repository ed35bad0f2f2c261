using SiteGen.Site.Checks;

namespace SiteGen.Tests.Site;

public sealed class PageLinksTests
{
    [Fact]
    public void Links_resources_and_ids_are_read_from_the_tags()
    {
        var (anchors, links) = PageLinks.Read("""
            <!doctype html><html><head><base href="/x/"><link rel="stylesheet" href="a.css"><script src="s.js"></script></head>
            <body><h2 id="top">t</h2><a href="b.html?x=1&amp;y=2#top">b</a><img src="i.png" alt=""></body></html>
            """);
        Assert.Equal(["top"], anchors);
        Assert.Equal([("a.css", true), ("s.js", true), ("b.html?x=1&y=2#top", false), ("i.png", true)], links);
    }

    [Fact]
    public void Markup_inside_scripts_styles_and_titles_is_text()
    {
        var (anchors, links) = PageLinks.Read("""
            <html><head><title><a href="t.html"></title><style>a[href="s.html"]{}</style></head><body>
            <script type="application/json">{"x":"<a href='j.html' id='j'>"}</script><textarea><img src="x.png"></textarea>
            <a href="real.html">r</a></body></html>
            """);
        Assert.Empty(anchors);
        Assert.Equal([("real.html", false)], links);
    }
}

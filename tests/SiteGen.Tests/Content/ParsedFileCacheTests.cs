using SiteGen.Content;
using SiteGen.Content.Loading;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Content;

/// <summary>Content parsed once per text: an unchanged file gives back its record and its errors, a changed one is parsed again.</summary>
public sealed class ParsedFileCacheTests
{
    [Fact]
    public void The_same_text_is_parsed_once_and_its_errors_come_back_every_time()
    {
        var cache = new ParsedFileCache();
        var parses = 0;
        string? Parse(DiagnosticBag bag)
        {
            parses++;
            bag.Add(new SiteGen.Content.Model.SourceSpan("a.md", 2, 3), "a problem");
            return "record";
        }
        var first = new DiagnosticBag();
        var second = new DiagnosticBag();
        var a = cache.Read("/c/a.md", "text", first, Parse);
        var b = cache.Read("/c/a.md", "text", second, Parse);
        Assert.Equal(1, parses);
        Assert.Same(a, b);
        Assert.Equal(first.Items, second.Items);
        Assert.Single(second.Items);

        cache.Read("/c/a.md", "other text", new DiagnosticBag(), Parse);
        Assert.Equal(2, parses);
        cache.Read("/c/b.md", "text", new DiagnosticBag(), Parse);
        Assert.Equal(3, parses);
    }

    [Fact]
    public void Content_loaded_through_the_cache_equals_content_loaded_without_it_before_and_after_an_edit()
    {
        using var site = new TempSite();
        var cache = new ParsedFileCache();
        new ContentLoader(site.Content, cache).Load();
        site.Edit("programs/south/south-02.md", "title: 高龄津贴", "title: 高龄老人津贴");
        var cached = new ContentLoader(site.Content, cache).Load();
        var fresh = new ContentLoader(site.Content).Load();
        Assert.Equal(fresh.Programs.Select(p => (p.Id, p.Title)), cached.Programs.Select(p => (p.Id, p.Title)));
        Assert.Contains(cached.Programs, p => p.Title == "高龄老人津贴");
    }

    [Fact]
    public void An_error_in_an_unchanged_file_is_still_reported_by_the_next_load()
    {
        using var site = new TempSite();
        var cache = new ParsedFileCache();
        site.Edit("programs/south/south-02.md", "title: 高龄津贴", "titel: 高龄津贴");
        var first = Assert.Throws<ContentException>(() => new ContentLoader(site.Content, cache).Load());
        var second = Assert.Throws<ContentException>(() => new ContentLoader(site.Content, cache).Load());
        Assert.Equal(first.Diagnostics.Select(d => d.ToString()), second.Diagnostics.Select(d => d.ToString()));
        Assert.Contains(second.Diagnostics, d => d.Where.Path.EndsWith("south-02.md", StringComparison.Ordinal));
    }
}

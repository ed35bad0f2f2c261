using SiteGen.Cli;
using SiteGen.Content.Loading;
using SiteGen.Site;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Cli;

/// <summary>The pages the preview serves from memory before a build is written are the bytes the build then writes.</summary>
public sealed class PreviewPagesTests
{
    private static (PreviewPages Preview, TempSite Site) Build(ParsedFileCache? parsed = null, TempSite? existing = null)
    {
        var site = existing ?? new TempSite();
        PreparedSite? prepared = null;
        var options = new BuildOptions(site.Content, site.Templates, site.Seeds, site.Out, null, "1700000000");
        new SiteBuilder(options, SiteOutputs.All(), _ => { }, rebuilding: new Rebuilding(parsed ?? new ParsedFileCache(), new SiteGen.Provenance.CheckedRecords(), p => prepared = p)).Build();
        Assert.NotNull(prepared);
        return (new PreviewPages(prepared), site);
    }

    [Fact]
    public void Every_page_from_memory_is_the_file_the_build_writes()
    {
        var (preview, site) = Build();
        using var _ = site;
        var pages = Directory.EnumerateFiles(site.Out, "*.html", SearchOption.AllDirectories).ToList();
        Assert.True(pages.Count > 10, $"only {pages.Count} pages were built");
        foreach (var file in pages)
        {
            var relative = Path.GetRelativePath(site.Out, file).Replace('\\', '/');
            Assert.True(preview.Find(relative) is { } bytes && bytes.AsSpan().SequenceEqual(File.ReadAllBytes(file)), $"{relative} differs from the built file");
        }
    }

    [Fact]
    public void A_folder_is_its_index_page_and_what_the_build_has_not_is_left_to_the_files()
    {
        var (preview, site) = Build();
        using var _ = site;
        Assert.Equal(File.ReadAllBytes(Path.Combine(site.Out, "index.html")), preview.Find(""));
        Assert.Equal(File.ReadAllBytes(Path.Combine(site.Out, "programs", "south-02", "index.html")), preview.Find("programs/south-02/"));
        Assert.Equal(File.ReadAllBytes(Path.Combine(site.Out, "programs", "south-02", "index.html")), preview.Find("programs/south-02"));
        Assert.Null(preview.Find("programs/no-such-programme/"));
        Assert.Null(preview.Find("sitemap.xml"));
    }

    [Fact]
    public void A_rebuild_with_the_parsed_files_of_the_one_before_shows_the_edit_and_nothing_else_changes()
    {
        var parsed = new ParsedFileCache();
        var (before, site) = Build(parsed);
        using var _ = site;
        var untouched = before.Find("programs/south-01/");
        site.Edit("programs/south/south-02.md", "title: 高龄津贴", "title: 高龄老人津贴");
        var (after, _) = Build(parsed, site);
        Assert.Contains("高龄老人津贴", System.Text.Encoding.UTF8.GetString(after.Find("programs/south-02/")!));
        Assert.Equal(untouched, after.Find("programs/south-01/"));
    }

    [Fact]
    public void The_edited_page_is_served_from_memory_while_the_site_on_disk_is_still_the_last_build()
    {
        var (_, site) = Build();
        using var _ = site;
        site.Edit("programs/south/south-02.md", "title: 高龄津贴", "title: 高龄老人津贴");
        var page = Path.Combine(site.Out, "programs", "south-02", "index.html");
        string? onDisk = null, fromMemory = null;
        var options = new BuildOptions(site.Content, site.Templates, site.Seeds, site.Out, null, "1700000000");
        new SiteBuilder(options, SiteOutputs.All(), _ => { }, rebuilding: new Rebuilding(new ParsedFileCache(), new SiteGen.Provenance.CheckedRecords(), prepared =>
        {
            onDisk = File.ReadAllText(page);
            fromMemory = System.Text.Encoding.UTF8.GetString(new PreviewPages(prepared).Find("programs/south-02/")!);
        })).Build();
        Assert.DoesNotContain("高龄老人津贴", onDisk);
        Assert.Contains("高龄老人津贴", fromMemory);
        Assert.Equal(File.ReadAllText(page), fromMemory);
    }
}

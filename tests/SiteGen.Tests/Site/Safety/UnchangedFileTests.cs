using SiteGen.Site;
using SiteGen.Site.Output;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Site.Safety;

/// <summary>
/// A rebuild links the previous site's files whose bytes did not change instead of writing them again: they keep their
/// times, changed files are written anew, and nothing outside the previous site is ever linked into the new one.
/// </summary>
public sealed class UnchangedFileTests
{
    private static readonly DateTime LongAgo = new(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Unchanged_files_keep_their_time_and_changed_ones_are_written_anew()
    {
        using var site = new TempSite();
        Assert.Equal(0, site.Build().ExitCode);
        var style = Path.Combine(site.Out, "assets", "site.css");
        var page = Path.Combine(site.Out, "programs", "north-01", "index.html");
        File.SetLastWriteTimeUtc(style, LongAgo);
        File.SetLastWriteTimeUtc(page, LongAgo);
        var before = File.ReadAllText(page);
        site.Edit("programs/north/north-01.md", "title: ", "title: 新");

        Assert.Equal(0, site.Build().ExitCode);

        Assert.Equal(LongAgo, File.GetLastWriteTimeUtc(style));
        Assert.NotEqual(LongAgo, File.GetLastWriteTimeUtc(page));
        Assert.NotEqual(before, File.ReadAllText(page));
    }

    [Fact]
    public void A_file_of_the_previous_site_that_is_a_symbolic_link_is_written_not_linked()
    {
        using var site = new TempSite();
        Assert.Equal(0, site.Build().ExitCode);
        var style = Path.Combine(site.Out, "assets", "site.css");
        var outside = Path.Combine(site.Root, "outside.css");
        File.Copy(style, outside);
        File.Delete(style);
        File.CreateSymbolicLink(style, outside);

        Assert.Equal(0, site.Build().ExitCode);

        Assert.Null(new FileInfo(style).LinkTarget);
        File.AppendAllText(outside, "/* changed outside the site */");
        Assert.Equal(Repo.PublishedAsset("site.css"), File.ReadAllText(style));
    }

    [Fact]
    public void A_folder_of_the_previous_site_that_is_a_symbolic_link_is_not_looked_into()
    {
        using var site = new TempSite();
        Assert.Equal(0, site.Build().ExitCode);
        var assets = Path.Combine(site.Out, "assets");
        var outside = Path.Combine(site.Root, "outside-assets");
        Directory.Move(assets, outside);
        Directory.CreateSymbolicLink(assets, outside);

        Assert.Equal(0, site.Build().ExitCode);

        Assert.Null(new DirectoryInfo(assets).LinkTarget);
        File.AppendAllText(Path.Combine(outside, "site.css"), "/* changed outside the site */");
        Assert.Equal(Repo.PublishedAsset("site.css"), File.ReadAllText(Path.Combine(assets, "site.css")));
    }

    [Fact]
    public void No_file_of_the_staging_folder_is_written_twice()
    {
        // A linked file is shared with the live site: writing it again in place would change the published site.
        using var site = new TempSite();
        Assert.Equal(0, site.Build().ExitCode);
        using var staging = new StagingFolder(new OutputFolder(site.Out), _ => { });
        var published = File.ReadAllText(Path.Combine(site.Out, "robots.txt"));
        staging.WriteSite("robots.txt", File.ReadAllBytes(Path.Combine(site.Out, "robots.txt")));

        var refused = Assert.Throws<BuildException>(() => staging.WriteSite("robots.txt", "changed"u8));

        Assert.Contains("two outputs would write robots.txt", refused.Message + string.Join(" ", refused.Problems));
        Assert.Equal(published, File.ReadAllText(Path.Combine(site.Out, "robots.txt")));
    }
}

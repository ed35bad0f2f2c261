using SiteGen.Site.Output;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Site.Safety;

/// <summary>A build replaces only a folder SiteGen wrote, never the user's files or the project's own folders.</summary>
public sealed class OutputFolderTests
{
    [Fact]
    public void A_folder_with_other_files_is_refused_and_left_as_it_was()
    {
        using var site = new TempSite();
        var web = Path.Combine(site.Root, "webroot");
        Directory.CreateDirectory(Path.Combine(web, "other-app"));
        File.WriteAllText(Path.Combine(web, "index.html"), "the web team's own page");
        File.WriteAllText(Path.Combine(web, "other-app", "app.js"), "1");
        var before = FolderSnapshot.Take(site.Root);

        var result = site.Build(web);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("already holds files that SiteGen did not write", result.Stderr);
        Assert.Contains("choose an empty or new folder with --out", result.Stderr);
        before.AssertSame(FolderSnapshot.Take(site.Root));
        Assert.False(File.Exists(web + ".lock"), "a refused build leaves no lock file");
    }

    [Theory]
    [InlineData(".", "content")]
    [InlineData("content", "content")]
    [InlineData("content/programs", "content")]
    [InlineData("seeds", "seeds")]
    [InlineData("templates", "templates")]
    public void The_projects_own_folders_are_refused(string outDir, string overlapping)
    {
        using var site = new TempSite();
        site.OwnTemplates();
        // The out folder is marked, so only the overlap can refuse it.
        var target = Path.GetFullPath(Path.Combine(site.Root, outDir));
        File.WriteAllText(Path.Combine(target, OutputFolder.MarkerName), OutputFolder.MarkerText);
        var before = FolderSnapshot.Take(site.Root);

        var result = site.Build(target);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"the {overlapping} folder", result.Stderr);
        Assert.Contains("overlap", result.Stderr);
        before.AssertSame(FolderSnapshot.Take(site.Root));
    }

    [Fact]
    public void A_file_and_a_link_are_refused()
    {
        using var site = new TempSite();
        var file = Path.Combine(site.Root, "a-file");
        File.WriteAllText(file, "x");
        var real = Path.Combine(site.Root, "real");
        Directory.CreateDirectory(real);
        var link = Path.Combine(site.Root, "link");
        Directory.CreateSymbolicLink(link, real);
        var before = FolderSnapshot.Take(site.Root);

        var onFile = site.Build(file);
        var onLink = site.Build(link);

        Assert.Equal(2, onFile.ExitCode);
        Assert.Contains("is a file, not a folder", onFile.Stderr);
        Assert.Equal(2, onLink.ExitCode);
        Assert.Contains("is a symbolic link", onLink.Stderr);
        before.AssertSame(FolderSnapshot.Take(site.Root));
    }

    [Fact]
    public void An_empty_folder_and_a_folder_it_wrote_are_replaced_and_marked()
    {
        using var site = new TempSite();
        Directory.CreateDirectory(site.Out);

        Assert.Equal(0, site.Build().ExitCode);
        Assert.Equal(OutputFolder.MarkerText, File.ReadAllText(Path.Combine(site.Out, OutputFolder.MarkerName)));
        File.WriteAllText(Path.Combine(site.Out, "stale.html"), "from an older build");

        var again = site.Build();

        Assert.Equal(0, again.ExitCode);
        Assert.False(File.Exists(Path.Combine(site.Out, "stale.html")), "the whole folder is replaced");
        Assert.True(File.Exists(Path.Combine(site.Out, "index.html")));
        Assert.Equal(["_site", "_site.lock", "content", "seeds"], Directory.EnumerateFileSystemEntries(site.Root).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_failed_build_leaves_the_previous_site_and_the_content_byte_identical()
    {
        using var site = new TempSite();
        Assert.Equal(0, site.Build().ExitCode);
        site.Edit("programs/north/north-01.md", "region: north", "region: nowhere");
        var before = FolderSnapshot.Take(site.Root);

        var result = site.Build();

        Assert.Equal(1, result.ExitCode);
        before.AssertSame(FolderSnapshot.Take(site.Root));
    }
}

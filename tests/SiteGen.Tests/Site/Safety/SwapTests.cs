using SiteGen.Site.Output;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Site.Safety;

/// <summary>The swap leaves the old site or the new one in place at every instant, and the next build tidies up after a stopped one.</summary>
public sealed class SwapTests
{
    [Fact]
    public void The_new_site_is_exchanged_with_the_old_in_one_step()
    {
        using var site = new TempSite();
        var output = new OutputFolder(site.Out);
        Directory.CreateDirectory(output.Path);
        File.WriteAllText(Path.Combine(output.Path, "old.txt"), "old");
        var staged = output.NewStagingPath();
        Directory.CreateDirectory(staged);
        File.WriteAllText(Path.Combine(staged, "new.txt"), "new");

        var old = FolderSwap.Replace(output, staged);

        Assert.Equal(staged, old);
        Assert.Equal("new", File.ReadAllText(Path.Combine(output.Path, "new.txt")));
        Assert.Equal("old", File.ReadAllText(Path.Combine(staged, "old.txt")));
    }

    [Fact]
    public void A_build_stopped_between_moving_the_old_site_aside_and_moving_the_new_one_in_is_recovered()
    {
        using var site = new TempSite();
        Assert.Equal(0, site.Build().ExitCode);
        var good = FolderSnapshot.Take(site.Out);
        // What the two-step swap leaves when killed half way: the old site moved aside, the new one still staged.
        var output = new OutputFolder(site.Out);
        Directory.Move(site.Out, output.NewRetiredPath());
        var staged = output.NewStagingPath();
        Directory.CreateDirectory(staged);
        File.WriteAllText(Path.Combine(staged, OutputFolder.MarkerName), OutputFolder.MarkerText);
        // Even a build that then fails puts the previous site back.
        site.Edit("programs/north/north-01.md", "region: north", "region: nowhere");

        var result = site.Build();

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("restored the previous site", result.Stderr);
        good.AssertSame(FolderSnapshot.Take(site.Out));
        Assert.Equal(["_site", "_site.lock", "content", "seeds"], Directory.EnumerateFileSystemEntries(site.Root).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Leftover_copies_are_removed_but_unmarked_folders_with_similar_names_are_not_touched()
    {
        using var site = new TempSite();
        Assert.Equal(0, site.Build().ExitCode);
        var output = new OutputFolder(site.Out);
        foreach (var leftover in new[] { output.NewStagingPath(), output.NewRetiredPath() })
        {
            Directory.CreateDirectory(leftover);
            File.WriteAllText(Path.Combine(leftover, OutputFolder.MarkerName), OutputFolder.MarkerText);
        }
        var users = Path.Combine(site.Root, "_site.staging-mine");
        Directory.CreateDirectory(users);
        File.WriteAllText(Path.Combine(users, "notes.txt"), "keep");

        Assert.Equal(0, site.Build().ExitCode);

        Assert.Equal(["_site", "_site.lock", "_site.staging-mine", "content", "seeds"],
            Directory.EnumerateFileSystemEntries(site.Root).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal("keep", File.ReadAllText(Path.Combine(users, "notes.txt")));
    }

    [Fact]
    public void An_old_site_that_cannot_be_deleted_is_reported_but_neither_this_build_nor_later_ones_fail()
    {
        using var site = new TempSite();
        Assert.Equal(0, site.Build().ExitCode);
        // chattr +i makes a file undeletable even for root, as a busy or read-only file would be.
        var stuck = Path.Combine(site.Out, "stuck.txt");
        File.WriteAllText(stuck, "in use");
        Chattr("+i", stuck);
        try
        {
            var first = site.Build();
            var second = site.Build();

            Assert.Equal(0, first.ExitCode);
            Assert.Contains("could not remove", first.Stderr);
            Assert.Contains("the site is fine", first.Stderr);
            Assert.Equal(0, second.ExitCode);
            Assert.False(File.Exists(Path.Combine(site.Out, "stuck.txt")), "the new site is in place");
            Assert.True(File.Exists(Path.Combine(site.Out, "index.html")));
        }
        finally
        {
            foreach (var file in Directory.EnumerateFiles(site.Root, "stuck.txt", SearchOption.AllDirectories)) Chattr("-i", file);
        }
    }

    private static void Chattr(string flag, string path)
    {
        using var process = System.Diagnostics.Process.Start("chattr", [flag, path]);
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }
}

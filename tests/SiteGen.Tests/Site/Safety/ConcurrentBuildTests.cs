using SiteGen.Site.Output;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Site.Safety;

/// <summary>One build at a time per output folder: a second build waits, and every build publishes a complete site.</summary>
public sealed class ConcurrentBuildTests
{
    [Fact]
    public async Task Overlapping_builds_into_one_folder_all_succeed_and_publish_the_complete_site()
    {
        using var site = new TempSite();
        var reference = Path.Combine(site.Root, "reference");
        Assert.Equal(0, BuiltMiniSite.BuildWithEpoch(site, reference).ExitCode);
        var expected = FolderSnapshot.Take(reference);

        var builds = Enumerable.Range(0, 4).Select(_ => Task.Run(() => BuiltMiniSite.BuildWithEpoch(site, site.Out))).ToList();
        var results = await Task.WhenAll(builds);

        Assert.All(results, r => Assert.True(r.ExitCode == 0, r.Stderr));
        expected.AssertSame(FolderSnapshot.Take(site.Out));
        Assert.DoesNotContain(Directory.EnumerateDirectories(site.Root), d => Path.GetFileName(d).StartsWith("_site.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_build_waits_while_another_holds_the_folder()
    {
        using var site = new TempSite();
        var output = new OutputFolder(site.Out);
        Task<CliResult> waiting;
        using (OutputLock.Acquire(output.LockPath, TimeSpan.FromSeconds(5), _ => { }))
        {
            waiting = Task.Run(() => site.Build());
            await Task.Delay(1500);
            Assert.False(waiting.IsCompleted, "the build must wait for the lock");
            Assert.False(Directory.Exists(site.Out));
        }
        var result = await waiting;
        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.True(File.Exists(Path.Combine(site.Out, "index.html")));
    }
}

using SiteGen.Tests.Support;

namespace SiteGen.Tests.Hostile;

/// <summary>
/// Runs every case of tests/hostile/: on a private copy of the site, after one good build, the case's change is made
/// and its verb run. It must end with the expected exit code and message (no stack trace), and unless the case says
/// otherwise, the copy (content, templates, seeds and the previous output) must be byte-identical afterwards.
/// </summary>
public sealed class HostileCorpusTests
{
    public static TheoryData<string> Cases => new(HostileCase.All().Select(c => c.Name));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_case_ends_with_its_message_and_loses_nothing(string name)
    {
        var hostile = HostileCase.All().Single(c => c.Name == name);
        using var site = new TempSite(hostile.Fixture == "real" ? Repo.Root : null);
        site.OwnTemplates();
        Assert.Equal(0, site.Build().ExitCode);
        hostile.Apply(site.Root);
        var before = FolderSnapshot.Take(site.Root);

        var result = site.Run(hostile.CommandLine(site));

        var output = result.Stdout + result.Stderr;
        Assert.True(hostile.Exit.Contains(result.ExitCode), $"{hostile.What}: exit {result.ExitCode}, expected {string.Join(" or ", hostile.Exit)}\n{output}");
        Assert.DoesNotContain("   at ", output);
        Assert.DoesNotContain("sitegen: unexpected", output);
        if (hostile.Message is { } message)
        {
            var line = output.Split('\n').FirstOrDefault(l => l.Contains(message, StringComparison.Ordinal));
            Assert.True(line is not null, $"{hostile.What}: expected '{message}' in:\n{output}");
            if (hostile.Where is { } where) Assert.Contains(where, line);
        }
        if (hostile.Unchanged) before.AssertSame(FolderSnapshot.Take(site.Root));
    }
}

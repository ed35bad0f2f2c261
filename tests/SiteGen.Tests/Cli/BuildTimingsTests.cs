using System.Globalization;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Cli;

/// <summary>'build --timings' is what the scale benchmark reads: every stage once, then the total.</summary>
public sealed class BuildTimingsTests
{
    [Fact]
    public void Timings_name_every_stage_once_and_end_with_the_total()
    {
        using var site = new TempSite();
        var result = site.Build(null, "--timings");
        Assert.Equal(0, result.ExitCode);
        var lines = result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.StartsWith("timing ", StringComparison.Ordinal)).ToList();
        var stages = lines.Select(l => l.Split(' ')[1]).ToList();
        // The search index is made while the content is checked, and pages are listed and rendered while the other
        // outputs are made, so the middle stages come in any order.
        Assert.Equal("load", stages[0]);
        Assert.Equal(["assets", "check", "export", "feeds", "index", "model", "pages", "render"], stages[1..^3].Order(StringComparer.Ordinal));
        Assert.True(stages.IndexOf("check") < stages.IndexOf("model") && stages.IndexOf("model") < stages.IndexOf("pages"), string.Join(" ", stages));
        Assert.Equal(["links", "commit", "total"], stages[^3..]);
        var seconds = lines.Select(l => double.Parse(l.Split(' ')[2], CultureInfo.InvariantCulture)).ToList();
        Assert.All(seconds, s => Assert.True(s >= 0));
        Assert.True(seconds[^1] >= seconds[..^1].Max());
    }

    [Fact]
    public void Without_the_option_nothing_is_timed()
    {
        using var site = new TempSite();
        Assert.DoesNotContain("timing ", site.Build().Stderr);
    }
}

using SiteGen.Cli;

namespace SiteGen.Tests.Cli;

/// <summary>The pages a rebuild renders first: those whose reload scripts waited lately, most recent first.</summary>
public sealed class OpenPagesTests
{
    [Fact]
    public void Pages_are_listed_most_recent_first_and_forgotten_after_a_minute_unheard()
    {
        var clock = new ManualClock();
        var open = new OpenPages(clock);
        open.Seen("programs/a/");
        clock.Advance(TimeSpan.FromSeconds(1));
        open.Seen("");
        clock.Advance(TimeSpan.FromSeconds(1));
        open.Seen("programs/a/");
        Assert.Equal(["programs/a/", ""], open.Recent());
        clock.Advance(TimeSpan.FromSeconds(59.5));
        Assert.Equal(["programs/a/"], open.Recent());
        clock.Advance(TimeSpan.FromSeconds(2));
        Assert.Empty(open.Recent());
    }

    [Fact]
    public void Only_the_most_recent_sixteen_are_remembered()
    {
        var clock = new ManualClock();
        var open = new OpenPages(clock);
        for (var i = 0; i < 20; i++)
        {
            open.Seen($"p{i}/");
            clock.Advance(TimeSpan.FromMilliseconds(10));
        }
        var recent = open.Recent();
        Assert.Equal(16, recent.Count);
        Assert.Equal("p19/", recent[0]);
        Assert.DoesNotContain("p3/", recent);
    }

    private sealed class ManualClock : TimeProvider
    {
        private DateTimeOffset _now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        public override DateTimeOffset GetUtcNow() => _now;
        public void Advance(TimeSpan by) => _now += by;
    }
}

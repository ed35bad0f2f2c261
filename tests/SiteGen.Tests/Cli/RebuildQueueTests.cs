using SiteGen.Cli;

namespace SiteGen.Tests.Cli;

/// <summary>The preview's rebuilds: one at a time, a burst of changes folded into one, a change during a rebuild never lost.</summary>
public sealed class RebuildQueueTests
{
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(100);

    [Fact]
    public async Task A_burst_of_changes_is_one_rebuild()
    {
        var builds = 0;
        using var queue = new RebuildQueue(() => { Interlocked.Increment(ref builds); return true; }, Settle, TextWriter.Null);
        using var stop = new CancellationTokenSource();
        var running = queue.RunAsync(stop.Token);
        for (var i = 0; i < 20; i++) queue.Request();
        await Until(() => queue.Version == 1);
        await Task.Delay(Settle * 3);
        Assert.Equal(1, Volatile.Read(ref builds));
        await stop.CancelAsync();
        await running;
    }

    [Fact]
    public async Task Changes_during_a_rebuild_make_exactly_one_more_and_builds_never_overlap()
    {
        var builds = 0;
        var running = 0;
        var overlapped = false;
        using var firstStarted = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        bool Build()
        {
            if (Interlocked.Increment(ref running) > 1) overlapped = true;
            if (Interlocked.Increment(ref builds) == 1)
            {
                firstStarted.Set();
                release.Wait(TimeSpan.FromSeconds(10));
            }
            Interlocked.Decrement(ref running);
            return true;
        }
        using var queue = new RebuildQueue(Build, Settle, TextWriter.Null);
        using var stop = new CancellationTokenSource();
        var loop = queue.RunAsync(stop.Token);

        queue.Request();
        Assert.True(firstStarted.Wait(TimeSpan.FromSeconds(10)));
        for (var i = 0; i < 30; i++) queue.Request();
        release.Set();

        await Until(() => queue.Version == 2);
        await Task.Delay(Settle * 3);
        Assert.Equal(2, Volatile.Read(ref builds));
        Assert.False(overlapped);
        await stop.CancelAsync();
        await loop;
    }

    [Fact]
    public async Task A_rebuild_that_throws_is_reported_and_the_queue_goes_on()
    {
        var calls = 0;
        var errors = new StringWriter();
        using var queue = new RebuildQueue(() => Interlocked.Increment(ref calls) == 1 ? throw new IOException("folder vanished") : true, Settle, errors);
        using var stop = new CancellationTokenSource();
        var loop = queue.RunAsync(stop.Token);
        queue.Request();
        await Until(() => Volatile.Read(ref calls) == 1);
        queue.Request();
        await Until(() => queue.Version == 1);
        Assert.Contains("folder vanished", errors.ToString());
        await stop.CancelAsync();
        await loop;
    }

    private static async Task Until(Func<bool> condition)
    {
        for (var i = 0; !condition(); i++)
        {
            Assert.True(i < 200, "the queue did not get there in 10 s");
            await Task.Delay(50);
        }
    }
}

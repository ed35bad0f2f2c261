using SiteGen.Concurrency;

namespace SiteGen.Tests.Concurrency;

public sealed class InParallelTests
{
    [Fact]
    public void Every_item_is_done_once()
    {
        var done = new int[1000];
        InParallel.ForEach(Enumerable.Range(0, 1000).ToList(), i => Interlocked.Increment(ref done[i]));
        Assert.All(done, n => Assert.Equal(1, n));
    }

    [Fact]
    public void Results_come_back_in_input_order()
    {
        var items = Enumerable.Range(0, 5000).ToList();
        Assert.Equal(items.Select(i => i * 3), InParallel.Map(items, i => i * 3));
    }

    [Fact]
    public void The_first_failure_in_input_order_is_thrown_as_itself()
    {
        for (var run = 0; run < 20; run++)
        {
            var error = Assert.Throws<InvalidOperationException>(() => InParallel.ForEach(Enumerable.Range(0, 200).ToList(), i =>
            {
                if (i % 50 == 7) throw new InvalidOperationException($"item {i}");
            }));
            Assert.Equal("item 7", error.Message);
        }
    }
}

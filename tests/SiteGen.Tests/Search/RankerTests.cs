using SiteGen.Search.Querying;

namespace SiteGen.Tests.Search;

public class RankerTests
{
    private static readonly string[] Ids = ["a", "b", "c", "d", "e", "f"];

    [Fact]
    public void Results_below_the_floor_are_dropped_and_those_below_half_the_best_are_weaker_matches()
    {
        double[] totals = [10, 0.29 * 10, 5, 4.99, 3, 0];
        var ranking = Ranker.Order(totals, Ids, _ => true, top: 10);
        Assert.Equal([0, 2, 3, 4], ranking.Docs);
        Assert.Equal(4, ranking.Count);
        Assert.Equal(2, ranking.CloseCount);
    }

    [Fact]
    public void The_counts_are_of_every_result_though_fewer_are_asked_for()
    {
        double[] totals = [10, 9, 8, 4, 4, 4];
        var ranking = Ranker.Order(totals, Ids, _ => true, top: 2);
        Assert.Equal([0, 1], ranking.Docs);
        Assert.Equal((6, 3), (ranking.Count, ranking.CloseCount));
    }

    [Fact]
    public void With_a_place_named_the_lines_are_drawn_from_the_best_programme_there()
    {
        double[] totals = [10, 4, 2, 1.9, 0.5, 0];
        var ranking = Ranker.Order(totals, Ids, _ => true, top: 10, covering: d => d is 1 or 2 or 3 or 4);
        Assert.Equal([1, 2, 3], ranking.Docs);
        Assert.Equal(2, ranking.CloseCount);
    }

    [Fact]
    public void A_place_alone_lists_all_its_programmes_as_close()
    {
        var ranking = Ranker.Order(new double[6], Ids, _ => true, top: 10, covering: d => d < 3, placeOnly: true);
        Assert.Equal([0, 1, 2], ranking.Docs);
        Assert.Equal(3, ranking.CloseCount);
    }
}

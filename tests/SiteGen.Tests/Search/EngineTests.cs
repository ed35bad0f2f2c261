using SiteGen.Search.Indexing;
using SiteGen.Search.Querying;

namespace SiteGen.Tests.Search;

public class EngineTests(ExportedFixture fixture) : IClassFixture<ExportedFixture>
{
    [Fact]
    public void Synonyms_from_content_find_the_other_wording()
    {
        Assert.Contains(fixture.Engine.Search("五保"), h => h.Id == "yangquan-02");
        Assert.Contains(fixture.Engine.Search("残疾证"), h => h.Id == "yangquan-04");
    }

    [Fact]
    public void Numbers_with_units_are_searchable()
    {
        Assert.Equal("luzhou-01", fixture.Engine.Search("657元")[0].Id);
        Assert.Equal("yangquan-03", fixture.Engine.Search("80周岁")[0].Id);
    }

    [Fact]
    public void A_hit_carries_what_an_operator_reads_out()
    {
        var hit = fixture.Engine.Search("高龄津贴")[0];
        Assert.Equal(new SearchHit("yangquan-03", "高龄津贴", "阳泉市", "阳泉市民政局", "programs/yangquan-03/index.html", hit.Score,
            "80周岁及以上老年人每人每月50元，90周岁及以上每人每月100元，100周岁及以上每人每月300元。", "0353-2021235", Close: true), hit);
    }

    [Fact]
    public void Region_filter_keeps_the_region_and_the_regions_within_it()
    {
        var hits = fixture.Engine.Search("临时救助", new SearchFilters(Region: "changzhi"));
        Assert.Equal("luzhou-02", hits[0].Id);
        Assert.All(hits, h => Assert.Contains(h.Id, new[] { "luzhou-01", "luzhou-02", "changzhi-01", "changzhi-02" }));
    }

    [Fact]
    public void A_slip_is_looked_for_in_short_left_over_runs_only()
    {
        Assert.Contains(fixture.Engine.Plan("底保"), c => c.Kind == ClauseKind.Pinyin && c.Terms.Contains("低保"));
        // Seven characters the vocabulary lacks are the caller's own words: 底保 inside them is chance.
        Assert.DoesNotContain(fixture.Engine.Plan("喔唷底保嘞嘛喔"), c => c.Kind == ClauseKind.Pinyin);
    }

    [Fact]
    public void A_word_among_an_earlier_clause_synonyms_adds_no_second_clause()
    {
        var plan = fixture.Engine.Plan("失火 火灾");
        Assert.Single(plan);
        Assert.Equal("s:失火", plan[0].ScoreKey);
    }

    [Theory]
    [InlineData("临时救助", "luzhou-02")]
    [InlineData("残疾人补贴", "changzhi-02")]
    public void Region_filter_keeps_the_regions_above_too_in_both_paths(string query, string expected)
    {
        var filter = new SearchFilters(Region: "luzhou");
        var cli = fixture.Engine.Search(query, filter, 100).Select(h => h.Id).ToList();
        var browser = fixture.Browser.Search(query, filter, 100).Select(h => h.Id).ToList();
        Assert.Contains(expected, cli);
        Assert.All(cli, id => Assert.True(id.StartsWith("luzhou-", StringComparison.Ordinal) || id.StartsWith("changzhi-", StringComparison.Ordinal), id));
        Assert.Equal(cli, browser);
    }

    [Fact]
    public void Department_type_and_audience_filters_narrow_without_changing_scores()
    {
        var all = fixture.Engine.Search("补贴", top: 100).ToDictionary(h => h.Id, h => h.Score);
        var filtered = fixture.Engine.Search("补贴", new SearchFilters(DepartmentType: "canlian", Audience: "disabled"), 100);
        Assert.NotEmpty(filtered);
        Assert.All(filtered, h => Assert.Equal(all[h.Id], h.Score));
        Assert.DoesNotContain(filtered, h => h.Id == "yangquan-03");
    }

    [Fact]
    public void Ties_are_broken_by_id()
    {
        var hits = fixture.Engine.Search("0355", top: 100);
        for (var i = 1; i < hits.Count; i++)
            Assert.True(hits[i - 1].Score > hits[i].Score || string.CompareOrdinal(hits[i - 1].Id, hits[i].Id) < 0);
    }

    [Fact]
    public void Empty_and_meaningless_queries_find_nothing()
    {
        Assert.Empty(fixture.Engine.Search(""));
        Assert.Empty(fixture.Engine.Search("？！"));
    }

    [Fact]
    public void On_disk_index_is_reused_while_current_and_rebuilt_when_content_changes()
    {
        using var dir = new TempDir();
        var content = fixture.Content;
        using (var first = SearchEngine.OpenOrBuild(content, dir.Path)) Assert.NotEmpty(first.Search("低保"));
        var fingerprint = Path.Combine(dir.Path, IndexFingerprint.FileName);
        var stamp = File.GetLastWriteTimeUtc(fingerprint);
        using (var second = SearchEngine.OpenOrBuild(content, dir.Path))
            Assert.Equal(fixture.Engine.Search("低保"), second.Search("低保"));
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(fingerprint));

        var changed = content with { Programs = [.. content.Programs.Where(p => p.Id != "luzhou-01")] };
        Assert.NotEqual(IndexFingerprint.Of(content), IndexFingerprint.Of(changed));
        using var third = SearchEngine.OpenOrBuild(changed, dir.Path);
        Assert.DoesNotContain(third.Search("低保"), h => h.Id == "luzhou-01");
    }
}

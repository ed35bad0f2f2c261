using SiteGen.Tests.Search.Relevance;

namespace SiteGen.Tests.Search;

/// <summary>
/// A place named in a question on the shipped content: its programmes are the answer when one of them really
/// matches; when none does, the question is answered as if the place were not named. The CLI and the browser alike.
/// </summary>
public sealed class PlaceRankingTests(RealContentFixture real) : IClassFixture<RealContentFixture>
{
    private RealContentFixture.ContentExport Exported => real.Exported ?? throw new InvalidOperationException("content/programs is missing");

    [Theory]
    [InlineData("长治低保", "长治市")]
    [InlineData("盂县低保", "阳泉市")]
    [InlineData("平定县残疾人补贴", "阳泉市")]
    [InlineData("中阳县高龄津贴", "中阳县")]
    public void A_place_with_matching_programmes_is_answered_by_them_alone(string query, string region)
    {
        var hits = Exported.Engine.Search(query, null, 100);
        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Equal(region, h.Region));
        Assert.Equal(hits.Ranked(), Exported.Browser.Search(query, null, 100));
    }

    [Theory]
    [InlineData("changzhi dibao", "长治低保")]
    [InlineData("yu xian dibao", "盂县低保")]
    [InlineData("pingding xian 残疾人补贴", "平定县残疾人补贴")]
    [InlineData("zhongyang gaoling jintie", "中阳县高龄津贴")]
    public void A_place_typed_in_pinyin_is_answered_as_the_place_in_characters(string typed, string written)
    {
        var hits = Exported.Engine.Search(typed, null, 100);
        Assert.NotEmpty(hits);
        Assert.Equal(Exported.Engine.Search(written, null, 100).Select(h => h.Region).Distinct(), hits.Select(h => h.Region).Distinct());
        Assert.Equal(hits.Ranked(), Exported.Browser.Search(typed, null, 100));
    }

    [Fact]
    public void A_place_named_lists_fewer_than_the_same_question_about_no_place()
    {
        Assert.True(Exported.Engine.Search("长治低保", null, 100).Count < Exported.Engine.Search("低保", null, 100).Count);
    }

    [Fact]
    public void A_place_without_such_a_programme_is_answered_as_if_it_were_not_named()
    {
        // 汾阳市's list has no 退耕还林 programme; its programmes match 补助 only, far below the floor.
        var named = Exported.Engine.Search("汾阳退耕还林补助", null, 100);
        Assert.Equal(Exported.Engine.Search("退耕还林补助", null, 100).Select(h => h.Id), named.Select(h => h.Id));
        Assert.Contains("退耕还林", named[0].Title);
        Assert.Equal(named.Ranked(), Exported.Browser.Search("汾阳退耕还林补助", null, 100));
    }
}

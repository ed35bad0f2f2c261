using SiteGen.Search.Analysis;
using SiteGen.Search.Querying;

namespace SiteGen.Tests.Search;

public class AgeTests(ExportedFixture fixture) : IClassFixture<ExportedFixture>
{
    [Theory]
    [InlineData("18", 18)]
    [InlineData("十八", 18)]
    [InlineData("十", 10)]
    [InlineData("八十", 80)]
    [InlineData("九十三", 93)]
    [InlineData("一百零二", 102)]
    [InlineData("一百", 100)]
    [InlineData("两", 2)]
    [InlineData("六十五", 65)]
    public void Numerals_are_read_as_people_write_them(string text, int value) => Assert.Equal(value, AgeRange.Number(text));

    [Theory]
    [InlineData("")]
    [InlineData("12a")]
    [InlineData("一千五百")]
    [InlineData("99999")]
    public void Anything_else_is_no_age(string text) => Assert.Null(AgeRange.Number(text));

    [Theory]
    [InlineData("全市80周岁（含）及以上老年人。", "a80_")]
    [InlineData("100周岁以上每人每月300元", "a100_")]
    [InlineData("为0—6岁的残疾儿童提供康复", "a0_6")]
    [InlineData("80周岁（含）至89周岁（含）每人每月70元", "a80_89")]
    [InlineData("90至99周岁每人每月100元", "a90_99")]
    [InlineData("不满3周岁的子女", "a0_2")]
    [InlineData("之月起至本人年满60周岁止", "a0_60")]
    [InlineData("年满60周岁的农村籍退役士兵", "a60_")]
    [InlineData("年满18周岁后在普通全日制本科学习", "a18_")]
    [InlineData("八十周岁以上的老年人", "a80_")]
    [InlineData("未满18周岁的未成年人", "a0_17")]
    public void Age_conditions_are_read_from_the_text(string text, string term) =>
        Assert.Equal([term], AgeConditions.In(Folding.Default.Fold(text)).Select(a => a.Range.Term));

    [Theory]
    [InlineData("累计缴费满15年")]
    [InlineData("每人每月发放70元")]
    [InlineData("3周岁")]
    [InlineData("200周岁以上")]
    public void Ages_without_a_condition_or_beyond_any_life_are_none(string text) =>
        Assert.Empty(AgeConditions.In(Folding.Default.Fold(text)));

    [Theory]
    [InlineData("家里老爷子一百零二岁了，每个月给多少钱", 102)]
    [InlineData("他今年都八十一了，腿脚也不好", 81)]
    [InlineData("我妈今年九十一了", 91)]
    [InlineData("七十多岁的老人", 71)]
    [InlineData("不满十八岁的孩子", 17)]
    [InlineData("孩子才两岁查出心脏病", 2)]
    [InlineData("65周岁", 65)]
    [InlineData("我爷爷上个月刚过了九十大寿", 90)]
    [InlineData("老太太八十寿辰刚过", 80)]
    [InlineData("年过七十的老人", 71)]
    public void A_query_states_an_age(string query, int age) => Assert.Equal(age, AgeMatcher.Find(query).Age);

    [Theory]
    [InlineData("交满十五年养老保险")]
    [InlineData("种一亩大豆补二百块")]
    [InlineData("一百五十岁")]
    [InlineData("残疾人两项补贴")]
    [InlineData("长寿老人")]
    [InlineData("过年过节有慰问金吗")]
    public void Other_numbers_are_no_age(string query) => Assert.Null(AgeMatcher.Find(query).Age);

    [Fact]
    public void A_stated_age_is_written_the_way_the_texts_write_ages()
    {
        Assert.Equal("老人 80周岁 有什么补贴", AgeMatcher.Find("老人八十岁有什么补贴").Text);
    }

    [Fact]
    public void Ages_fall_into_intervals_that_share_their_covering_conditions()
    {
        var terms = new AgeTerms(["a80_", "a0_6", "a60_99", "not-an-age"]);
        Assert.Equal(
            [(0, ["a0_6"]), (7, []), (60, ["a60_99"]), (80, ["a60_99", "a80_"]), (100, ["a80_"])],
            terms.Intervals().Select(i => (i.From, i.Terms.ToArray())).ToList(), new IntervalComparer());
        Assert.Equal(["a80_"], terms.Covering(102));
        Assert.Null(terms.ClauseFor(30));
    }

    [Fact]
    public void A_narrow_condition_says_more_than_a_wide_one()
    {
        Assert.True(new AgeRange(100, null).Specificity > new AgeRange(60, null).Specificity);
        Assert.True(new AgeRange(80, 89).Specificity > new AgeRange(80, null).Specificity);
        Assert.True(new AgeRange(10, null).Specificity < 0.1);
    }

    [Fact]
    public void A_stated_age_finds_the_programmes_whose_conditions_cover_it()
    {
        // yangquan-03 is for 80 and over, luzhou-… programmes for minors: a caller of 102 is covered by the first only.
        var hits = fixture.Engine.Search("老人一百零二岁了").Select(h => h.Id).ToList();
        Assert.Equal("yangquan-03", hits[0]);
        var plan = fixture.Engine.Plan("一百零二岁");
        Assert.Equal(ClauseKind.Age, plan[^1].Kind);
        Assert.DoesNotContain("a0_17", plan[^1].Terms);
        Assert.Contains("a100_", plan[^1].Terms);
    }

    [Fact]
    public void A_fresh_page_loads_the_word_pieces_of_the_age_as_the_texts_write_it()
    {
        // 八十岁 is matched as 80周岁, whose characters the typed question does not hold.
        var browser = new BrowserSearch(fixture.SearchDir);
        Assert.Equal(fixture.Engine.Search("老人八十岁了").Ranked(), browser.Search("老人八十岁了"));
        Assert.Contains(fixture.Engine.Plan("老人八十岁了"), c => c.Terms.Contains("80周岁"));
    }

    private sealed class IntervalComparer : IEqualityComparer<(int, string[])>
    {
        public bool Equals((int, string[]) x, (int, string[]) y) => x.Item1 == y.Item1 && x.Item2.SequenceEqual(y.Item2);
        public int GetHashCode((int, string[]) obj) => obj.Item1;
    }
}

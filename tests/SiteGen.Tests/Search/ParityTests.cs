using SiteGen.Search.Querying;
using SiteGen.Tests.Search.Relevance;

namespace SiteGen.Tests.Search;

/// <summary>search.js, run in Jint over the exported index, must rank exactly like the C# engine.</summary>
public class ParityTests(ExportedFixture fixture) : IClassFixture<ExportedFixture>
{
    public static TheoryData<string, string?, string?, string?> Questions()
    {
        var data = new TheoryData<string, string?, string?, string?>();
        foreach (var q in RelevanceTests.FixtureQuestions()) data.Add(q.Q, q.Region, q.DeptType, q.Audience);
        // Edge cases: empty, punctuation only, full-width letters and digits, unknown words, repeats.
        foreach (var q in new[] { "", "？！", "ＡＢＣ１２３", "０３５３－２０２１２３４", "残疾人残疾人 残疾人", "囧", "每人每月90元", "1.3倍",
            "老人今年八十一了", "一百零二岁", "孩子才两岁", "不满十八岁的孩子", "150岁", "七十多岁的老人有补贴吗" })
            data.Add(q, null, null, null);
        data.Add("补贴", "changzhi", null, null);
        data.Add("救助", null, "minzheng", "lowincome");
        return data;
    }

    [Theory]
    [MemberData(nameof(Questions))]
    public void Browser_top_ten_equals_the_engine_top_ten(string query, string? region, string? deptType, string? audience)
    {
        var filters = new SearchFilters(region, deptType, audience);
        var engine = fixture.Engine.Search(query, filters, 10).Ranked();
        var browser = fixture.Browser.Search(query, filters, 10).ToList();
        Assert.Equal(engine, browser);
    }

    [Theory]
    [MemberData(nameof(Questions))]
    public void Browser_plans_the_query_like_the_engine(string query, string? region, string? deptType, string? audience)
    {
        _ = (region, deptType, audience);
        var engine = fixture.Engine.Plan(query).Select(c => (c.Kind switch { ClauseKind.Gram => "g:", ClauseKind.Pinyin => "p:", ClauseKind.Age => "a:", _ => "" }) + string.Join(",", c.Terms)).ToList();
        Assert.Equal(engine, fixture.Browser.Plan(query));
    }
}

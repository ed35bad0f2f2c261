using SiteGen.Search.Analysis;
using SiteGen.Search.Querying;
using Xunit.Abstractions;

namespace SiteGen.Tests.Search;

public class ProbeOutputTests(ITestOutputHelper output)
{
    [Fact]
    public void Probe()
    {
        var content = SearchFixture.Content();
        var dict = WordDictionary.LoadDefault(DomainLexicon.From(content));
        var analyzer = new ChineseAnalyzer(dict);
        foreach (var s in new[] { "80周岁及以上老年人每人每月50元", "持有第二代《中华人民共和国残疾人证》、残疾等级为一级或二级", "困难残疾人生活补贴和重度残疾人护理补贴", "城市低保每人每月657元", "0353-2021234", "阳泉市人力资源和社会保障局" })
            output.WriteLine(string.Join(" ", AnalysisProbe.Terms(analyzer, s)));
        using var engine = SearchEngine.Build(content);
        foreach (var q in new[] { "低保怎么申请", "我家老人八十岁了有什么补贴", "残疾证一级能领护理补贴吗", "657元", "家里着火了" })
        {
            output.WriteLine(q + " => " + string.Join(" | ", engine.Plan(q).Select(c => (c.IsGram ? "g:" : "") + string.Join(",", c.Terms))));
            foreach (var h in engine.Search(q)) output.WriteLine($"   {h.Id} {h.Score}");
        }
    }
}

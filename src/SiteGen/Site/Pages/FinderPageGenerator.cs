using SiteGen.Site.Model;

namespace SiteGen.Site.Pages;

/// <summary>政策找人: the person answers questions and the page lists what they may qualify for, all in the browser.</summary>
public sealed class FinderPageGenerator : IPageGenerator
{
    public IEnumerable<Page> Generate(SiteModel site)
    {
        var rules = site.Content.Calculators.Calculators;
        // The calculators' data is written when the page is rendered, not while the pages are listed.
        object Model() => new { data = CalculatorViews.Data(site, rules), count = rules.Select(r => r.Calculator.Programs.Count).Sum() };
        yield return new Page(SitePaths.Finder, "finder.html", Model, Meta.For(site, "政策找人", "政策找人") with
        {
            Description = Meta.Describe("政策找人：回答地区、年龄、户籍等几个问题，看看可能符合哪些政策、还需了解什么；在本机浏览器中计算，不发送任何信息。"),
            Keywords = Meta.KeywordList(["政策找人", "我能申请什么", "申请条件", .. site.Content.Kinds.Select(k => k.Name)]),
        });
    }
}

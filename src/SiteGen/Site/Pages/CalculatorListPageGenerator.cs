using SiteGen.Site.Model;

namespace SiteGen.Site.Pages;

/// <summary>The calculators index: every calculator, by region, linked to the programme page that runs it.</summary>
public sealed class CalculatorListPageGenerator : IPageGenerator
{
    public IEnumerable<Page> Generate(SiteModel site)
    {
        var calculators = site.Content.Calculators.Calculators.Where(c => c.Calculator.HasAmount).ToList();
        var groups = site.Content.Regions
            .Select(r => new
            {
                region = r,
                items = calculators.Where(c => c.Calculator.Region == r.Id).Select(c => new
                {
                    c.Calculator.Title,
                    Programs = c.Calculator.Programs.Select(id => site.ProgramsById[id]).Select(p => new { p.DisplayTitle, Path = SitePaths.Program(p.Id) }).ToList(),
                    Path = SitePaths.Program(c.Calculator.Programs[0]),
                    Anchor = CalculatorViews.Anchor(c.Id),
                }).ToList(),
            })
            .Where(g => g.items.Count > 0).ToList();
        yield return new Page(SitePaths.Calculators, "calculator-list.html", new { groups, count = calculators.Count }, Meta.For(site, "待遇计算器", "待遇计算器") with
        {
            Description = Meta.Describe($"{calculators.Count}个待遇计算器：按各地公布的标准算一算能领多少，列出算式和依据；在本机浏览器中计算。"),
            Keywords = Meta.KeywordList(["待遇计算器", "能领多少", "补贴标准", .. calculators.Select(c => c.Calculator.Title)]),
        });
    }
}

using SiteGen.Site.Model;

namespace SiteGen.Site.Pages;

/// <summary>政策找人: the person answers questions and the page lists what they may qualify for, all in the browser.</summary>
public sealed class FinderPageGenerator : IPageGenerator
{
    public IEnumerable<Page> Generate(SiteModel site)
    {
        var rules = site.Content.Calculators.Calculators;
        var model = new { data = CalculatorViews.Data(site, rules), count = rules.Select(r => r.Calculator.Programs.Count).Sum() };
        yield return new Page(SitePaths.Finder, "finder.html", model, Meta.For(site, "政策找人", "政策找人"));
    }
}

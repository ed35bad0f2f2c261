using SiteGen.Site.Model;

namespace SiteGen.Site.Pages;

/// <summary>The search page. Without script it still lists every programme, so nothing depends on JavaScript.</summary>
public sealed class SearchPageGenerator : IPageGenerator
{
    public IEnumerable<Page> Generate(SiteModel site)
    {
        var model = new
        {
            // Every region: the filter keeps a region's own programmes, those below it and those of the regions above it.
            regions = site.Content.Regions.Select(r => new { r.Id, Name = new string('\u3000', site.RegionPath(r.Id).Count - 1) + r.Name }).ToList(),
            department_types = site.Content.DepartmentTypes.Where(t => site.Programs.Any(p => site.DepartmentTypeOf(p) == t.Id)).Select(t => new { t.Id, t.Name }).ToList(),
            audiences = site.Content.Audiences.Select(a => new { a.Id, a.Name }).ToList(),
            groups = ProgramListPageGenerator.ByRegion(site),
        };
        yield return new Page(SitePaths.Search, "search.html", model, Meta.For(site, "搜索", "搜索"));
    }
}

using SiteGen.Content.Model;
using SiteGen.Site.Model;

namespace SiteGen.Site.Pages;

/// <summary>
/// The search page. Without script it points to the pages that list every programme (all of them in pinyin order, by
/// region, by category), so nothing depends on JavaScript, and the page itself does not grow with the site.
/// </summary>
public sealed class SearchPageGenerator : IPageGenerator
{
    /// <summary>The URL parameter of each filter: the selects' name attributes, and what search.js reads (SiteGenSearch.filterParams).</summary>
    public static readonly IReadOnlyDictionary<string, string> FilterParams = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["region"] = "region",
        ["deptType"] = "dept",
        ["audience"] = "audience",
    };

    public IEnumerable<Page> Generate(SiteModel site)
    {
        var model = new
        {
            // Every region: the filter keeps a region's own programmes, those below it and those of the regions above it.
            regions = site.Content.Regions.Select(r => new { r.Id, Name = new string('\u3000', site.RegionPath(r.Id).Count - 1) + r.Name }).ToList(),
            department_types = site.Content.DepartmentTypes.Where(t => site.ProgramsOfDepartmentType(t.Id).Any()).Select(t => new { t.Id, t.Name }).ToList(),
            audiences = site.Content.Audiences.Select(a => new { a.Id, a.Name }).ToList(),
            @params = new { region = FilterParams["region"], dept_type = FilterParams["deptType"], audience = FilterParams["audience"] },
        };
        yield return new Page(SitePaths.Search, "search.html", model, Meta.For(site, "搜索", "搜索"));
    }
}

using SiteGen.Site.Model;

namespace SiteGen.Site.Pages;

/// <summary>One page per department: its programmes and their phone numbers.</summary>
public sealed class DepartmentPageGenerator : IPageGenerator
{
    public IEnumerable<Page> Generate(SiteModel site)
    {
        foreach (var department in site.Content.Departments)
        {
            var programs = site.Programs.Where(p => p.Department == department.Id).ToList();
            var region = site.Region(department.Region);
            var type = site.DepartmentType(department.Type);
            var model = new
            {
                department,
                region,
                region_path = SitePaths.Region(region.Id),
                type,
                type_path = SitePaths.DepartmentType(type.Id),
                programs = programs.Select(p => ProgramSummary.Of(p, site)).ToList(),
                hotlines = HotlinePageGenerator.Directory(site, programs),
            };
            yield return new Page(SitePaths.Department(department.Id), "department.html", model,
                Meta.For(site, Meta.InRegion(department.Name, region), type.Name, new Crumb(region.Name, SitePaths.Region(region.Id))));
        }
    }
}

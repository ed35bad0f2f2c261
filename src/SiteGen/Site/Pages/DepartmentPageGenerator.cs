using SiteGen.Site.Model;

namespace SiteGen.Site.Pages;

/// <summary>One page per department: its programmes and their phone numbers.</summary>
public sealed class DepartmentPageGenerator : IPageGenerator
{
    public IEnumerable<Page> Generate(SiteModel site)
    {
        foreach (var department in site.Content.Departments)
        {
            var programs = site.ProgramsOfDepartment(department.Id).ToList();
            var region = site.Region(department.Region);
            var type = site.DepartmentType(department.Type);
            var full = site.DepartmentFullName(department.Id);
            var meta = Meta.For(site, Meta.InRegion(department.Name, region), type.Name, new Crumb(region.Name, SitePaths.Region(region.Id))) with
            {
                Description = Meta.Describe($"{full}负责的{programs.Count}项政策及咨询电话：{string.Join("、", programs.Select(p => p.DisplayTitle).Distinct(StringComparer.Ordinal))}"),
                Keywords = Meta.KeywordList([department.Name, full, region.Name, type.Name, "咨询电话", .. programs.Select(p => p.Kind is { } k ? site.KindsById[k].Name : null)]),
            };
            foreach (var slice in Paging.Split(programs, site.Content.Site.ListPageSize, SitePaths.Department(department.Id)))
            {
                // The summaries are made when the page is rendered (see Page.MakeModel); the numbers are those of the page's programmes.
                object Model() => new
                {
                    department,
                    region,
                    region_path = SitePaths.Region(region.Id),
                    type,
                    type_path = SitePaths.DepartmentType(type.Id),
                    programs = slice.Items.Select(p => ProgramSummary.Of(p, site)).ToList(),
                    count = programs.Count,
                    hotlines = HotlinePageGenerator.Directory(site, slice.Items),
                    pager = slice.Pager,
                };
                yield return new Page(slice.Path, "department.html", Model, Paging.For(meta, slice.Pager));
            }
        }
    }
}

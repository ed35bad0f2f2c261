using SiteGen.Site.Model;

namespace SiteGen.Site.Pages;

/// <summary>One page per kind of office (民政, 人社 …) across all regions, so the same office can be compared.</summary>
public sealed class DepartmentTypePageGenerator : IPageGenerator
{
    public IEnumerable<Page> Generate(SiteModel site)
    {
        yield return new Page(SitePaths.DepartmentTypes, "department-type-list.html", new { types = WithCounts(site) }, Meta.For(site, "按部门浏览", "部门") with
        {
            Description = Meta.Describe($"按主管部门浏览政策：{string.Join("、", site.Content.DepartmentTypes.Select(t => t.Name))}等部门各自负责的政策和咨询电话。"),
            Keywords = Meta.KeywordList(["按部门浏览", "主管部门", .. site.Content.DepartmentTypes.Select(t => t.Name)]),
        });
        foreach (var type in site.Content.DepartmentTypes)
        {
            var departments = site.Content.Departments.Where(d => d.Type == type.Id && site.ProgramsOfDepartment(d.Id).Any()).ToList();
            var programs = departments.SelectMany(d => site.ProgramsOfDepartment(d.Id)).ToList();
            var meta = Meta.For(site, type.Name + "部门", type.Name, new Crumb("部门", SitePaths.DepartmentTypes)) with
            {
                Description = Meta.Describe($"各地{type.Name}部门负责的{programs.Count}项政策：{string.Join("、", departments.Select(d => site.DepartmentFullName(d.Id)))}。"),
                Keywords = Meta.KeywordList([type.Name + "部门", type.Name, .. departments.Select(d => site.DepartmentFullName(d.Id))]),
            };
            foreach (var slice in Paging.Split(programs, site.Content.Site.ListPageSize, SitePaths.DepartmentType(type.Id)))
            {
                // Made when the page is rendered: each office of this page's programmes, with them.
                object Model() => new
                {
                    type,
                    departments = slice.Items.GroupBy(p => p.Department, StringComparer.Ordinal).Select(g =>
                    {
                        var department = site.Department(g.Key);
                        return new
                        {
                            department,
                            path = SitePaths.Department(department.Id),
                            region = site.Region(department.Region),
                            programs = g.Select(p => ProgramSummary.Of(p, site)).ToList(),
                        };
                    }).ToList(),
                    pager = slice.Pager,
                    continues = Paging.Continues(programs, slice.Pager, p => p.Department),
                };
                yield return new Page(slice.Path, "department-type.html", Model, Paging.For(meta, slice.Pager));
            }
        }
    }

    public static IReadOnlyList<object> WithCounts(SiteModel site) =>
        site.Content.DepartmentTypes
            .Select(t => new { t.Name, Path = SitePaths.DepartmentType(t.Id), Count = site.ProgramsOfDepartmentType(t.Id).Count() })
            .Where(t => t.Count > 0)
            .ToList<object>();
}

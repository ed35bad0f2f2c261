using SiteGen.Site.Model;

namespace SiteGen.Site.Pages;

/// <summary>One page per region: its programmes by department and by category, and its hotline directory.</summary>
public sealed class RegionPageGenerator : IPageGenerator
{
    public IEnumerable<Page> Generate(SiteModel site)
    {
        yield return new Page(SitePaths.Regions, "region-list.html", new { regions = Tree(site) }, Meta.For(site, "按地区浏览", "地区"));
        foreach (var region in site.Content.Regions)
        {
            var coveredBy = site.CoveredBy(region.Id);
            var programs = (coveredBy is null ? site.ProgramsIn(region.Id) : site.Programs.Where(p => p.Region == coveredBy.Id)).ToList();
            var trail = site.RegionPath(region.Id).SkipLast(1).Select(r => new Crumb(r.Name, SitePaths.Region(r.Id))).Prepend(new Crumb("地区", SitePaths.Regions));
            var model = new
            {
                region,
                covered_by = coveredBy is null ? null : new { coveredBy.Name, Path = SitePaths.Region(coveredBy.Id) },
                children = site.Children(region.Id).Select(c => new { c.Name, Path = SitePaths.Region(c.Id), Count = site.ProgramsIn(c.Id).Count() }).ToList(),
                by_department = programs.GroupBy(p => p.Department).Select(g => new
                {
                    department = site.Department(g.Key),
                    path = SitePaths.Department(g.Key),
                    programs = g.Select(p => ProgramSummary.Of(p, site)).ToList(),
                }).ToList(),
                by_category = programs.SelectMany(p => p.Categories.Select(c => (c, p))).GroupBy(x => x.c)
                    .OrderBy(g => site.Content.Categories.ToList().FindIndex(c => c.Id == g.Key))
                    .Select(g => new
                    {
                        category = site.CategoriesById[g.Key],
                        path = SitePaths.Category(g.Key),
                        programs = g.Select(x => ProgramSummary.Of(x.p, site)).ToList(),
                    }).ToList(),
                hotlines = HotlinePageGenerator.Directory(site, programs),
                unlisted = HotlinePageGenerator.Unlisted(site, programs),
                count = programs.Count,
            };
            yield return new Page(SitePaths.Region(region.Id), "region.html", model, Meta.For(site, region.Name, "地区", trail.ToArray()));
        }
    }

    /// <summary>The region tree, root first, each node with its programme count.</summary>
    public static IReadOnlyList<object> Tree(SiteModel site)
    {
        object Node(Content.Model.Region r) => new
        {
            r.Name,
            Path = SitePaths.Region(r.Id),
            Count = site.ProgramsIn(r.Id).Count(),
            Children = site.Children(r.Id).Select(Node).ToList(),
        };
        return site.Content.Regions.Where(r => r.Parent is null || !site.RegionsById.ContainsKey(r.Parent)).Select(Node).ToList();
    }
}

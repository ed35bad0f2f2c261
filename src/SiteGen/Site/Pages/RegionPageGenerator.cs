using SiteGen.Content.Model;
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
            var programs = site.ProgramsListedFor(region.Id);
            var trail = site.RegionPath(region.Id).SkipLast(1).Select(r => new Crumb(r.Name, SitePaths.Region(r.Id))).Prepend(new Crumb("地区", SitePaths.Regions));
            var meta = Meta.For(site, region.Name, "地区", trail.ToArray());
            foreach (var slice in Paging.Split(programs, site.Content.Site.ListPageSize, SitePaths.Region(region.Id)))
            {
                // Lists are made when the page is rendered (see Page.MakeModel); the counties and districts on the first page only.
                object Model() => new
                {
                    region,
                    // The lists that cover a region without one of its own (its city's, its province's), nearest first.
                    covering = site.CoveringLists(region.Id).Select(c => new { c.Name, Path = SitePaths.Region(c.Id) }).ToList(),
                    // Every county and district, those the division table added included; each with what its own page lists.
                    children = slice.Pager.Number > 1 ? [] : site.Children(region.Id).Select(c => new { c.Name, Path = SitePaths.Region(c.Id), Count = site.ProgramsListedFor(c.Id).Count }).ToList(),
                    // Each programme of this page once, under its first category (in the site's order of categories), the rest last.
                    groups = Groups(site, slice.Items),
                    // A compact contact list: each office of this page's programmes once, its numbers and how many of them are its.
                    contacts = Contacts(site, slice.Items),
                    unlisted = HotlinePageGenerator.Unlisted(site, slice.Items),
                    count = programs.Count,
                    pager = slice.Pager,
                };
                yield return new Page(slice.Path, "region.html", Model, Paging.For(meta, slice.Pager));
            }
        }
    }

    /// <summary>One group of a region page: a category (null for programmes with none) and its programmes.</summary>
    public sealed record Group(string Name, string? Path, IReadOnlyList<ProgramSummary> Programs);

    /// <summary>One office of a region page's contact list: its numbers and its count of programmes there.</summary>
    public sealed record Contact(string Department, string DepartmentPath, IReadOnlyList<Phone> Phones, int Count);

    /// <summary>The programmes grouped by their first category, each programme exactly once.</summary>
    public static IReadOnlyList<Group> Groups(SiteModel site, IReadOnlyList<BenefitProgram> programs)
    {
        var order = site.Content.Categories.Select((c, i) => (c.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        string? First(BenefitProgram p) => p.Categories.FirstOrDefault(site.CategoriesById.ContainsKey);
        return programs.GroupBy(First)
            .OrderBy(g => g.Key is null ? int.MaxValue : order.GetValueOrDefault(g.Key, int.MaxValue - 1))
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key is null
                ? new Group("其他", null, g.Select(p => ProgramSummary.Of(p, site)).ToList())
                : new Group(site.CategoriesById[g.Key].Name, SitePaths.Category(g.Key), g.Select(p => ProgramSummary.Of(p, site)).ToList()))
            .ToList();
    }

    /// <summary>Each office with a printed phone once, in the order its first programme comes, with all its numbers.</summary>
    public static IReadOnlyList<Contact> Contacts(SiteModel site, IReadOnlyList<BenefitProgram> programs)
    {
        var counts = programs.CountBy(p => p.Department, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal);
        return programs.Where(p => p.Phones.Count > 0)
            .GroupBy(p => p.Department, StringComparer.Ordinal)
            .Select(g =>
            {
                var department = site.Department(g.Key);
                return new Contact(department.Name, SitePaths.Department(department.Id),
                    g.SelectMany(p => p.Phones).Distinct(StringComparer.Ordinal).Select(Phone.Of).ToList(),
                    counts[g.Key]);
            })
            .ToList();
    }

    /// <summary>The region tree, root first, each node with its programme count.</summary>
    public static IReadOnlyList<object> Tree(SiteModel site)
    {
        object Node(Content.Model.Region r) => new
        {
            r.Name,
            Path = SitePaths.Region(r.Id),
            Count = site.ProgramsIn(r.Id).Count,
            Children = site.Children(r.Id).Select(Node).ToList(),
        };
        return site.Content.Regions.Where(r => r.Parent is null || !site.RegionsById.ContainsKey(r.Parent)).Select(Node).ToList();
    }
}

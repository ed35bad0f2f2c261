using SiteGen.Content.Model;
using SiteGen.Site.Model;

namespace SiteGen.Site.Pages;

/// <summary>The hotline directory: every phone number the sources give, by region and department, with what it is for.</summary>
public sealed class HotlinePageGenerator : IPageGenerator
{
    public sealed record Entry(string Department, string DepartmentPath, string Region, Phone Phone, IReadOnlyList<ProgramSummary> Programs);

    public IEnumerable<Page> Generate(SiteModel site)
    {
        // Every region appears: with its numbers, with the offices to ask where its list prints none, or with the list that covers it.
        // A page holds whole regions, about list_page_size programmes' worth, so the directory stays a phone's download at any size.
        var slices = Paging.SplitByWeight(site.Content.Regions, r => site.ProgramsOfRegion(r.Id).Count(), site.Content.Site.ListPageSize, SitePaths.Hotlines, "个地区");
        var pageOf = slices.SelectMany(s => s.Items.Select(r => (r.Id, s.Path))).ToDictionary(x => x.Id, x => x.Path, StringComparer.Ordinal);
        string Anchor(string region) => pageOf[region] + "#region-" + region;
        var settings = site.Content.Site;
        var general = settings.ServiceHotline.Length == 0 ? null : new
        {
            name = settings.ServiceHotlineLabel,
            phone = Phone.Of(settings.ServiceHotline),
        };
        var meta = Meta.For(site, "咨询电话", "咨询电话") with
        {
            Description = Meta.Describe($"各地各部门的政策咨询电话，按地区和部门列出，点按即可拨打：{string.Join("、", site.Content.Regions.Select(r => r.Name))}。"),
            Keywords = Meta.KeywordList(["咨询电话", "服务热线", "联系方式", .. site.Content.Regions.Select(r => r.Name)]),
        };
        foreach (var slice in slices)
        {
            object Model() => new
            {
                regions = slice.Items.Select(r =>
                {
                    var own = site.ProgramsOfRegion(r.Id).ToList();
                    var covered = own.Count == 0 ? site.CoveredBy(r.Id) : null;
                    return new
                    {
                        region = r,
                        path = SitePaths.Region(r.Id),
                        entries = Directory(site, own),
                        unlisted = Unlisted(site, own),
                        covered_by = covered,
                        covered_path = covered is null ? null : Anchor(covered.Id),
                        // A province or city with no list of its own: the lists below it.
                        below = own.Count == 0 && covered is null
                            ? site.Children(r.Id).Where(c => site.ProgramsIn(c.Id).Count > 0).Select(c => new { c.Name, path = Anchor(c.Id) }).ToList()
                            : [],
                    };
                }).ToList(),
                general,
                pager = slice.Pager,
            };
            yield return new Page(slice.Path, "hotlines.html", Model, Paging.For(meta, slice.Pager));
        }
    }

    public sealed record UnlistedOffice(string Department, string DepartmentPath, IReadOnlyList<ProgramSummary> Programs);

    /// <summary>Offices whose programmes here print no phone, neither on their own line nor on another of the office's.</summary>
    public static IReadOnlyList<UnlistedOffice> Unlisted(SiteModel site, IEnumerable<BenefitProgram> programs) =>
        programs.Where(p => site.Contact(p).From is ContactSource.None or ContactSource.ServiceHotline)
            .GroupBy(p => p.Department, StringComparer.Ordinal)
            .Select(g => new UnlistedOffice(site.DepartmentFullName(g.Key), SitePaths.Department(g.Key), g.Select(p => ProgramSummary.Of(p, site)).ToList()))
            .ToList();

    /// <summary>Phone numbers of the given programmes, one entry per department and number.</summary>
    public static IReadOnlyList<Entry> Directory(SiteModel site, IEnumerable<BenefitProgram> programs) =>
        programs.SelectMany(p => p.Phones.Select(phone => (p, phone)))
            .GroupBy(x => (x.p.Department, x.phone))
            .Select(g =>
            {
                var department = site.Department(g.Key.Department);
                return new Entry(department.Name, SitePaths.Department(department.Id), site.Region(department.Region).Name,
                    Phone.Of(g.Key.phone), g.Select(x => ProgramSummary.Of(x.p, site)).DistinctBy(s => s.Id).ToList());
            })
            .ToList();
}

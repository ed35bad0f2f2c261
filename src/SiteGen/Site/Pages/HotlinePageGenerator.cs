using SiteGen.Content.Model;
using SiteGen.Site.Model;

namespace SiteGen.Site.Pages;

/// <summary>The hotline directory: every phone number the sources give, by region and department, with what it is for.</summary>
public sealed class HotlinePageGenerator : IPageGenerator
{
    public sealed record Entry(string Department, string DepartmentPath, string Region, Phone Phone, IReadOnlyList<ProgramSummary> Programs);

    public IEnumerable<Page> Generate(SiteModel site)
    {
        var regions = site.Content.Regions
            .Select(r => new { region = r, path = SitePaths.Region(r.Id), entries = Directory(site, site.Programs.Where(p => p.Region == r.Id)) })
            .Where(x => x.entries.Count > 0).ToList();
        yield return new Page(SitePaths.Hotlines, "hotlines.html", new { regions }, Meta.For(site, "咨询电话", "咨询电话"));
    }

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

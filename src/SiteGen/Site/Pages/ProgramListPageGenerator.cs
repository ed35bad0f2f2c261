using SiteGen.Site.Model;

namespace SiteGen.Site.Pages;

/// <summary>Every programme on one page, by region: the way in that needs no script.</summary>
public sealed class ProgramListPageGenerator : IPageGenerator
{
    public IEnumerable<Page> Generate(SiteModel site)
    {
        yield return new Page(SitePaths.AllPrograms, "program-list.html", new { groups = ByRegion(site) }, Meta.For(site, "全部政策", "政策清单") with
        {
            Description = Meta.Describe($"本站收录的全部{site.Programs.Count}项政策，按地区列出：{string.Join("、", site.Programs.Select(p => site.Region(p.Region).Name).Distinct(StringComparer.Ordinal))}。"),
            Keywords = Meta.KeywordList(["全部政策", "政策清单", .. site.Programs.Select(p => site.Region(p.Region).Name), .. site.Content.Kinds.Select(k => k.Name)]),
        });
    }

    public static IReadOnlyList<object> ByRegion(SiteModel site) =>
        site.Programs.GroupBy(p => p.Region)
            .Select(g => (object)new
            {
                region = site.Region(g.Key),
                path = SitePaths.Region(g.Key),
                programs = g.OrderBy(p => p.DisplayTitle, StringComparer.Ordinal).Select(p => ProgramSummary.Of(p, site)).ToList(),
            })
            .ToList();
}

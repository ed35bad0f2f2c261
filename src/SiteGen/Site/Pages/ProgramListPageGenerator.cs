using SiteGen.Content.Model;
using SiteGen.Site.Model;

namespace SiteGen.Site.Pages;

/// <summary>
/// Every programme, the way in that needs no script: by region, regions and programmes in pinyin order under their
/// initials, with an index of the initials; in pages of the site's list size.
/// </summary>
public sealed class ProgramListPageGenerator : IPageGenerator
{
    public IEnumerable<Page> Generate(SiteModel site)
    {
        var meta = Meta.For(site, "全部政策", "政策清单") with
        {
            Description = Meta.Describe($"本站收录的全部{site.Programs.Count}项政策，按地区列出：{string.Join("、", site.Programs.Select(p => site.Region(p.Region).Name).Distinct(StringComparer.Ordinal))}。"),
            Keywords = Meta.KeywordList(["全部政策", "政策清单", .. site.Programs.Select(p => site.Region(p.Region).Name), .. site.Content.Kinds.Select(k => k.Name)]),
        };
        var ordered = InPinyinOrder(site);
        foreach (var slice in Paging.Split(ordered, site.Content.Site.ListPageSize, SitePaths.AllPrograms))
        {
            object Model() => new { groups = Groups(site, slice.Items), count = site.Programs.Count, pager = slice.Pager, continues = Paging.Continues(ordered, slice.Pager, p => p.Region) };
            yield return new Page(slice.Path, "program-list.html", Model, Paging.For(meta, slice.Pager));
        }
    }

    /// <summary>Every programme: regions in pinyin order, in each its programmes in pinyin order.</summary>
    private static IReadOnlyList<BenefitProgram> InPinyinOrder(SiteModel site) =>
        site.Programs.GroupBy(p => p.Region)
            .Select(g => site.Region(g.Key))
            .OrderBy(r => r.Name, PinyinOrder.Comparer).ThenBy(r => r.Id, StringComparer.Ordinal)
            .SelectMany(region => site.ProgramsOfRegion(region.Id).OrderBy(p => p.DisplayTitle, PinyinOrder.Comparer).ThenBy(p => p.Id, StringComparer.Ordinal))
            .ToList();

    /// <summary>One page's programmes by region, and in each region under their initials, with the initials as an index.</summary>
    private static IReadOnlyList<object> Groups(SiteModel site, IReadOnlyList<BenefitProgram> programs) =>
        programs.GroupBy(p => p.Region, StringComparer.Ordinal)
            .Select(g =>
            {
                var region = site.Region(g.Key);
                var initials = g.GroupBy(p => PinyinOrder.Initial(p.DisplayTitle), StringComparer.Ordinal)
                    .Select(i => new { letter = i.Key, anchor = Anchor(region, i.Key), programs = i.Select(p => ProgramSummary.Of(p, site)).ToList() })
                    .ToList();
                return (object)new { region, path = SitePaths.Region(region.Id), anchor = "r-" + region.Id, initials };
            })
            .ToList();

    private static string Anchor(Region region, string letter) => "r-" + region.Id + "-" + (letter == "#" ? "other" : letter);
}

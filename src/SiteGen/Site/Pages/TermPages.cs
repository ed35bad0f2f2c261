using SiteGen.Content.Model;
using SiteGen.Site.Model;

namespace SiteGen.Site.Pages;

/// <summary>Pages for a vocabulary that programmes are tagged with: an index, and one page per term listing its programmes.</summary>
internal static class TermPages
{
    public static IEnumerable<Page> Generate(
        SiteModel site, IReadOnlyList<Term> terms, Func<BenefitProgram, IReadOnlyList<string>> tagsOf,
        string indexPath, Func<string, string> pathOf, string column, string indexTitle)
    {
        var index = Meta.For(site, indexTitle, column) with
        {
            Description = Meta.Describe($"{indexTitle}：{string.Join("、", terms.Select(t => t.Name))}，每类列出适用的政策。"),
            Keywords = Meta.KeywordList([indexTitle, column, .. terms.Select(t => t.Name)]),
        };
        yield return new Page(indexPath, "term-list.html", new { heading = indexTitle, terms = WithCounts(site, terms, tagsOf, pathOf) }, index);
        foreach (var term in terms)
        {
            var programs = site.Programs.Where(p => tagsOf(p).Contains(term.Id)).ToList();
            var meta = Meta.For(site, term.Name, column, new Crumb(indexTitle, indexPath)) with
            {
                Description = Meta.Describe($"{column}“{term.Name}”的{programs.Count}项政策，按地区列出{(term.Description is { Length: > 0 } d ? "：" + d : "。")}"),
                Keywords = Meta.KeywordList([term.Name, column, .. programs.Select(p => site.Region(p.Region).Name)]),
            };
            foreach (var slice in Paging.Split(programs, site.Content.Site.ListPageSize, pathOf(term.Id)))
            {
                object Model() => new { term, column, groups = slice.Items.GroupBy(p => p.Region, StringComparer.Ordinal).Select(g => new
                {
                    region = site.Region(g.Key),
                    path = SitePaths.Region(g.Key),
                    programs = g.Select(p => ProgramSummary.Of(p, site)).ToList(),
                }).ToList(), count = programs.Count, pager = slice.Pager, continues = Paging.Continues(programs, slice.Pager, p => p.Region) };
                yield return new Page(slice.Path, "term.html", Model, Paging.For(meta, slice.Pager));
            }
        }
    }

    public static IReadOnlyList<object> WithCounts(SiteModel site, IReadOnlyList<Term> terms, Func<BenefitProgram, IReadOnlyList<string>> tagsOf, Func<string, string> pathOf) =>
        terms.Select(t => new { t.Name, t.Description, Path = pathOf(t.Id), Count = site.Programs.Count(p => tagsOf(p).Contains(t.Id)) }).ToList<object>();
}

/// <summary>One page per audience (老年人, 残疾人 …).</summary>
public sealed class AudiencePageGenerator : IPageGenerator
{
    public IEnumerable<Page> Generate(SiteModel site) =>
        TermPages.Generate(site, site.Content.Audiences, p => p.Audiences, SitePaths.Audiences, SitePaths.Audience, "服务对象", "按人群浏览");

    public static IReadOnlyList<object> WithCounts(SiteModel site) =>
        TermPages.WithCounts(site, site.Content.Audiences, p => p.Audiences, SitePaths.Audience);
}

/// <summary>One page per category (社会救助, 就业创业 …).</summary>
public sealed class CategoryPageGenerator : IPageGenerator
{
    public IEnumerable<Page> Generate(SiteModel site) =>
        TermPages.Generate(site, site.Content.Categories, p => p.Categories, SitePaths.Categories, SitePaths.Category, "政策类别", "按类别浏览");
}

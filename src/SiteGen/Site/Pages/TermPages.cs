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
        yield return new Page(indexPath, "term-list.html", new { heading = indexTitle, terms = WithCounts(site, terms, tagsOf, pathOf) }, Meta.For(site, indexTitle, column));
        foreach (var term in terms)
        {
            var programs = site.Programs.Where(p => tagsOf(p).Contains(term.Id)).ToList();
            var model = new { term, column, groups = programs.GroupBy(p => p.Region).Select(g => new
            {
                region = site.Region(g.Key),
                path = SitePaths.Region(g.Key),
                programs = g.Select(p => ProgramSummary.Of(p, site)).ToList(),
            }).ToList(), count = programs.Count };
            yield return new Page(pathOf(term.Id), "term.html", model, Meta.For(site, term.Name, column, new Crumb(indexTitle, indexPath)));
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

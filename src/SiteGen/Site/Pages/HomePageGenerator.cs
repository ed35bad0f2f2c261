using SiteGen.Site.Model;

namespace SiteGen.Site.Pages;

/// <summary>The home page: the search box and the ways in — by region, by kind of office, by who you are.</summary>
public sealed class HomePageGenerator : IPageGenerator
{
    public IEnumerable<Page> Generate(SiteModel site)
    {
        var model = new
        {
            regions = RegionPageGenerator.Tree(site),
            department_types = DepartmentTypePageGenerator.WithCounts(site),
            audiences = AudiencePageGenerator.WithCounts(site),
            comparisons = ComparisonPageGenerator.Groups(site).Select(g => new { g.Kind.Name, Path = SitePaths.Comparison(g.Kind.Id), Regions = g.Rows.Count }).ToList(),
            full_documents = site.Content.Documents.Where(d => d.HasFullText).Select(DocumentPageGenerator.Link).ToList(),
            program_count = site.Programs.Count,
        };
        var meta = new PageMeta(site.Content.Site.Title, "首页", site.Content.Site.ContentSource, site.PubDate, Meta.Describe(site.Content.Site.Description), [])
        {
            Keywords = Meta.KeywordList([site.Content.Site.SiteName, .. site.Content.Categories.Select(c => c.Name), .. site.Content.Audiences.Select(a => a.Name), .. site.Content.Regions.Select(r => r.Name)]),
        };
        yield return new Page(SitePaths.Home, "home.html", model, meta);
    }
}

using SiteGen.Content.Model;
using SiteGen.Rendering;
using SiteGen.Site.Model;

namespace SiteGen.Site.Pages;

/// <summary>One page per policy document: its details, its full text where we have it, and every programme that cites it.</summary>
public sealed class DocumentPageGenerator : IPageGenerator
{
    private readonly MarkdownRenderer _markdown = new();

    public IEnumerable<Page> Generate(SiteModel site)
    {
        var all = site.Content.Documents.OrderBy(d => d.Number, StringComparer.Ordinal).Select(d => new
        {
            link = Link(d),
            cited_by = site.ProgramsCiting(d.Number).Count(),
        }).ToList();
        yield return new Page(SitePaths.Documents, "document-list.html", new { documents = all, full = site.Content.Documents.Where(d => d.HasFullText).Select(Link).ToList() },
            Meta.For(site, "政策文件", "政策文件"));
        foreach (var d in site.Content.Documents)
        {
            var source = d.Source is null ? null : site.SourcesByFile.GetValueOrDefault(d.Source.File);
            var model = new
            {
                document = d,
                body = _markdown.Render(d.Body),
                toc = TableOfContents.From(d.Body),
                source,
                programs = site.ProgramsCiting(d.Number).Select(p => ProgramSummary.Of(p, site)).ToList(),
                // A full text whose seed also holds a listing (its annex): the programmes imported from that listing.
                annex = d.HasFullText && d.Source is { } own
                    ? site.Programs.Where(p => p.Source.File == own.File).Select(p => ProgramSummary.Of(p, site)).ToList()
                    : [],
            };
            // The 文号 in the title: two documents can share a title (a notice reissued, the same measure in two regions).
            var meta = Meta.For(site, $"{d.Title}（{d.Number}）", "政策文件", new Crumb("政策文件", SitePaths.Documents)) with
            {
                ContentSource = d.Issuer ?? site.Content.Site.ContentSource,
                PubDate = d.Date ?? site.PubDate,
            };
            yield return new Page(SitePaths.Document(d.Id), "document.html", model, meta);
        }
    }

    public static object Link(PolicyDocument d) => new { d.Number, d.Title, Path = SitePaths.Document(d.Id), d.HasFullText };
}

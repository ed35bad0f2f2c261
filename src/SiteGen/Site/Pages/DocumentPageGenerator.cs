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
            Meta.For(site, "政策文件", "政策文件") with
            {
                Description = Meta.Describe($"本站政策清单引用的{all.Count}份政策文件，按文号排列，附各文件引用它的政策数{(site.Content.Documents.Any(d => d.HasFullText) ? "；部分文件有全文" : "")}。"),
                Keywords = Meta.KeywordList(["政策文件", "文号", "政策依据", site.Content.Site.SiteName]),
            });
        foreach (var d in site.Content.Documents)
        {
            // The 文号 in the title: two documents can share a title (a notice reissued, the same measure in two regions).
            var meta = Meta.For(site, $"{d.Title}（{d.Number}）", "政策文件", new Crumb("政策文件", SitePaths.Documents)) with
            {
                ContentSource = d.Issuer ?? site.Content.Site.ContentSource,
                // A date the document states; else the date of its own content file.
                PubDate = d.Date ?? Meta.FileDate(site, d.Origin.Path),
                Description = Meta.Describe(DescriptionOf(d, site.ProgramsCiting(d.Number).Count())),
                Keywords = Meta.KeywordList([d.Title, d.Number, d.Issuer, d.Region is { } r && site.RegionsById.TryGetValue(r, out var region) ? region.Name : null, "政策文件"]),
            };
            // A full text whose seed also holds a listing (its annex): the programmes imported from that listing, then
            // the programmes citing the document, as one list cut into pages; the text and its contents lead the first.
            var annex = d.HasFullText && d.Source is { } own ? site.ProgramsFromSource(own.File).ToList() : [];
            var citing = site.ProgramsCiting(d.Number).ToList();
            var listed = annex.Select(p => (Section: Annex, Program: p)).Concat(citing.Select(p => (Section: Cited, Program: p))).ToList();
            var counts = new Dictionary<string, int>(StringComparer.Ordinal) { [Annex] = annex.Count, [Cited] = citing.Count };
            foreach (var slice in Paging.Split(listed, site.Content.Site.ListPageSize, SitePaths.Document(d.Id)))
            {
                var first = slice.Pager.Number == 1;
                // Made when the page is rendered, on every core: the full texts' Markdown is most of the work.
                object Model() => new
                {
                    document = d,
                    body = first ? _markdown.Render(d.Body) : new TrustedHtml(""),
                    toc = first ? TableOfContents.From(d.Body) : Array.Empty<TocEntry>(),
                    source = d.Source is null ? null : site.SourcesByFile.GetValueOrDefault(d.Source.File),
                    sections = slice.Items.GroupBy(x => x.Section, StringComparer.Ordinal).Select(g => new
                    {
                        id = g.Key,
                        count = counts[g.Key],
                        programs = g.Select(x => ProgramSummary.Of(x.Program, site)).ToList(),
                    }).ToList(),
                    first,
                    pager = slice.Pager,
                    continues = Paging.Continues(listed, slice.Pager, x => x.Section),
                };
                yield return new Page(slice.Path, "document.html", Model, Paging.For(meta, slice.Pager));
            }
        }
    }

    private const string Annex = "annex";
    private const string Cited = "cited";

    private static string DescriptionOf(PolicyDocument d, int citedBy)
    {
        var issued = d.Issuer is null ? "" : $"，{d.Issuer}{(d.Date is null ? "" : d.Date + "")}发布";
        var text = d.HasFullText ? "本页有全文" : "本页列出文件信息";
        return $"{d.Title}（{d.Number}）{issued}。{text}{(citedBy > 0 ? $"，以及引用它的{citedBy}项政策" : "")}。";
    }

    public static object Link(PolicyDocument d) => new { d.Number, d.Title, Path = SitePaths.Document(d.Id), d.HasFullText };
}

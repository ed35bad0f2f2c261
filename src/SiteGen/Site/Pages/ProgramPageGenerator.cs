using SiteGen.Content;
using SiteGen.Content.Model;
using SiteGen.Rendering;
using SiteGen.Site.Model;

namespace SiteGen.Site.Pages;

/// <summary>One page per programme: every field in readable sections, with a short block an operator can read out.</summary>
public sealed class ProgramPageGenerator : IPageGenerator
{
    private readonly MarkdownRenderer _markdown = new();

    public IEnumerable<Page> Generate(SiteModel site)
    {
        var compared = ComparisonPageGenerator.Groups(site).Select(g => g.Kind.Id).ToHashSet(StringComparer.Ordinal);
        return site.Programs.Select(p => Build(p, site, compared));
    }

    private Page Build(BenefitProgram p, SiteModel site, IReadOnlySet<string> comparedKinds)
    {
        var region = site.Region(p.Region);
        var department = site.Department(p.Department);
        var type = site.DepartmentType(department.Type);
        var source = site.SourcesByFile.GetValueOrDefault(p.Source.File);
        var kind = p.Kind is null ? null : site.KindsById[p.Kind];
        var contact = site.Contact(p);
        var meta = Meta.For(site, Meta.InRegion(p.DisplayTitle, region), type.Name,
            new Crumb(region.Name, SitePaths.Region(region.Id)), new Crumb(department.Name, SitePaths.Department(department.Id))) with
        {
            ContentSource = source?.Publisher ?? site.Content.Site.ContentSource,
            Description = Meta.Describe($"{region.Name}{p.DisplayTitle}：{p.Answer?.HowMuch ?? p.Standard}"),
            // The content's own date: this programme's file, not the newest file of the whole site.
            PubDate = Meta.FileDate(site, p.Origin.Path),
            Keywords = Meta.KeywordList([p.DisplayTitle, p.Title, .. p.Aliases, region.Name, department.Name, site.DepartmentFullName(department.Id), kind?.Name, type.Name]),
        };
        return new Page(SitePaths.Program(p.Id), "program.html", Model, meta);

        // Made when the page is rendered: the models of all programme pages are most of what a large site would hold.
        object Model()
        {
            var calculators = site.Content.Calculators.Calculators.Where(c => c.Calculator.HasAmount && c.Calculator.Programs.Contains(p.Id)).ToList();
            return new
            {
                program = p,
                region,
                region_path = site.RegionPath(p.Region),
                department,
                department_type = type,
                kind,
                comparison_path = kind is null || !comparedKinds.Contains(kind.Id) ? null : SitePaths.Comparison(kind.Id),
                region_link = SitePaths.Region(region.Id),
                department_link = SitePaths.Department(department.Id),
                audiences = p.Audiences.Select(a => new { site.AudiencesById[a].Name, Path = SitePaths.Audience(a) }).ToList(),
                categories = p.Categories.Select(c => new { site.CategoriesById[c].Name, Path = SitePaths.Category(c) }).ToList(),
                basis = p.Basis.Select(b => new
                {
                    b.CitedAs,
                    Number = b.Document,
                    Path = b.Document is { } n && site.DocumentsByNumber.TryGetValue(n, out var d) ? SitePaths.Document(d.Id) : null,
                }).ToList(),
                eligibility = NumberedText.Render(p.Eligibility),
                summary = MarkdownRenderer.Lines(p.Summary),
                standard = NumberedText.Render(p.Standard),
                notes = MarkdownRenderer.Lines(p.Notes),
                funding = p.Funding?.Named().Select(f => new { f.Label, f.Value }).ToList(),
                phones = contact.Phones.Select(Phone.Of).ToList(),
                phone_note = contact.Note,
                body = _markdown.Render(p.Body),
                source,
                answer = new
                {
                    who = MarkdownRenderer.Lines(p.Answer?.Who),
                    how_much = NumberedText.Render(p.Answer?.HowMuch ?? p.Standard),
                    how_to_apply = MarkdownRenderer.Lines(p.Answer?.HowToApply),
                    department = department.Name,
                },
                page_url = SitePaths.Program(p.Id),
                calculators = calculators.Select(c => CalculatorViews.For(c, site)).ToList(),
                rules_data = calculators.Count == 0 ? null : CalculatorViews.Data(site, calculators),
            };
        }
    }
}

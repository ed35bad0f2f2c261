using SiteGen.Content.Model;
using SiteGen.Content;
using SiteGen.Rendering;
using SiteGen.Rendering.Charts;
using SiteGen.Site.Model;

namespace SiteGen.Site.Pages;

/// <summary>For each kind of programme offered in several regions, one page with the standards side by side.</summary>
public sealed class ComparisonPageGenerator : IPageGenerator
{
    public sealed record Row(BenefitProgram Program, Region Region, ProgramSummary Summary, TrustedHtml Standard);
    public sealed record Group(Term Kind, IReadOnlyList<Row> Rows);
    /// <summary>A chart as the page shows it: its drawing, and the same bars for the table beneath.</summary>
    public sealed record ChartView(string Id, Chart Chart, TrustedHtml Svg);

    public IEnumerable<Page> Generate(SiteModel site)
    {
        var groups = Groups(site);
        yield return new Page(SitePaths.Comparisons, "comparison-list.html",
            new { groups = groups.Select(g => new { g.Kind.Name, g.Kind.Description, Path = SitePaths.Comparison(g.Kind.Id), Regions = g.Rows.Select(r => r.Region.Name).Distinct().ToList() }).ToList() },
            Meta.For(site, "地区对比", "地区对比"));
        var resolver = new ChartResolver(site.Content);
        foreach (var g in groups)
        {
            var meta = Meta.For(site, g.Kind.Name + "：各地标准对比", "地区对比", new Crumb("地区对比", SitePaths.Comparisons));
            // The charts, drawn from the parameters, lead the first page; the rows of the table, one per programme, are paged.
            foreach (var slice in Paging.Split(g.Rows, site.Content.Site.ListPageSize, SitePaths.Comparison(g.Kind.Id)))
                yield return new Page(slice.Path, "comparison.html",
                    new { kind = g.Kind, rows = slice.Items, charts = slice.Pager.Number == 1 ? Charts(g.Kind, resolver) : Array.Empty<ChartView>(), pager = slice.Pager },
                    Paging.For(meta, slice.Pager));
        }
    }

    /// <summary>The kind's charts, resolved from the checked parameters (their references were checked when the content was loaded).</summary>
    public static IReadOnlyList<ChartView> Charts(Term kind, ChartResolver resolver) =>
        kind.Charts.Select((spec, i) =>
        {
            var chart = resolver.Resolve(spec, new DiagnosticBag());
            var id = $"chart-{i + 1}";
            return new ChartView(id, chart, BarChartSvg.Render(chart, id));
        }).ToList();

    /// <summary>Kinds whose programmes come from at least two regions.</summary>
    public static IReadOnlyList<Group> Groups(SiteModel site) =>
        site.Content.Kinds
            .Select(k => new Group(k, site.Programs.Where(p => p.Kind == k.Id)
                .Select(p => new Row(p, site.Region(p.Region), ProgramSummary.Of(p, site), MarkdownRenderer.Lines(p.Standard))).ToList()))
            .Where(g => g.Rows.Select(r => r.Region.Id).Distinct().Count() >= 2)
            .ToList();
}

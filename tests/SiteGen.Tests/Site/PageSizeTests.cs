using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SiteGen.Tests.Support;
using SiteGen.Tests.Search;
using SiteGen.Tests.Synth;

namespace SiteGen.Tests.Site;

/// <summary>
/// A synthetic province of 300 programmes built with list_page_size 8: no page lists more than a page's worth, whatever
/// it lists (a region, a department, a document's citations, a comparison's rows, the hotline directory), and what
/// the pages leave out is on their other pages.
/// </summary>
public sealed class PageSizeTests(PageSizeTests.BuiltSynth built) : IClassFixture<PageSizeTests.BuiltSynth>
{
    private const int PageSize = 8;

    public sealed class BuiltSynth : IDisposable
    {
        public string Root { get; } = Path.Combine(Path.GetTempPath(), "sitegen-pagesize-test-" + Guid.NewGuid().ToString("N"));
        public string Out => Path.Combine(Root, "_site");

        public BuiltSynth()
        {
            var content = Path.Combine(Root, "content");
            var synth = SynthOutputs.Run("synth", "--from", Repo.Content, "--out", content, "--programs", $"{SynthOutputs.Programmes}", "--seed", "1", "--quiet");
            Assert.True(synth.ExitCode == 0, synth.Stderr);
            var settings = Path.Combine(content, "site.yaml");
            var text = File.ReadAllText(settings);
            Assert.Contains("list_page_size: 100", text);
            File.WriteAllText(settings, text.Replace("list_page_size: 100", $"list_page_size: {PageSize}"));
            var build = SynthOutputs.Run("build", "--content", content, "--seeds", Repo.Seeds, "--templates", Repo.Templates, "--out", Out, "--quiet");
            Assert.True(build.ExitCode == 0, build.Stderr);
            var parser = new HtmlParser();
            Pages = Directory.EnumerateFiles(Out, "*.html", SearchOption.AllDirectories)
                .ToDictionary(f => Path.GetRelativePath(Out, f).Replace('\\', '/'), f => (IDocument)parser.ParseDocument(File.ReadAllText(f)), StringComparer.Ordinal);
        }

        public IReadOnlyDictionary<string, IDocument> Pages { get; }

        public IEnumerable<KeyValuePair<string, IDocument>> Under(string folder) => Pages.Where(p => p.Key.StartsWith(folder + "/", StringComparison.Ordinal)).OrderBy(p => p.Key, StringComparer.Ordinal);

        public void Dispose()
        {
            if (Directory.Exists(Root)) Directory.Delete(Root, recursive: true);
        }
    }

    [Theory]
    [InlineData("programs")]
    [InlineData("regions")]
    [InlineData("departments")]
    [InlineData("department-types")]
    [InlineData("categories")]
    [InlineData("audiences")]
    [InlineData("documents")]
    public void No_list_page_lists_more_than_a_page_of_programmes_and_long_lists_have_more_pages(string folder)
    {
        // Under programs/ the list is 全部政策; each programme's own page is no list.
        var lists = built.Under(folder).Where(p => folder != "programs" || p.Key.StartsWith("programs/index", StringComparison.Ordinal)).ToList();
        Assert.All(lists, p => Assert.True(p.Value.QuerySelectorAll(".program-title").Length <= PageSize, $"{p.Key}: {p.Value.QuerySelectorAll(".program-title").Length} programmes"));
        Assert.Contains(lists, p => p.Key.EndsWith("/index-2.html", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("programs/index", "section > h2")]
    [InlineData("department-types/minzheng/index", "section > h2")]
    public void A_page_that_begins_inside_a_group_marks_its_heading_continued_and_no_other(string list, string headings)
    {
        var pages = built.Pages.Where(p => p.Key == list + ".html" || p.Key.StartsWith(list + "-", StringComparison.Ordinal))
            .OrderBy(p => p.Key == list + ".html" ? 1 : int.Parse(p.Key[(list.Length + 1)..^5], System.Globalization.CultureInfo.InvariantCulture))
            .Select(p => p.Value.QuerySelectorAll(headings).Select(h => h.TextContent.Trim()).ToList()).ToList();
        Assert.True(pages.Count > 2, $"{list}: {pages.Count} pages");
        var continued = 0;
        for (var i = 1; i < pages.Count; i++)
        {
            var first = pages[i][0];
            static string Name(string heading) => heading.Replace("（续）", "", StringComparison.Ordinal);
            var carriesOn = Name(first) == Name(pages[i - 1][^1]);
            Assert.Equal(carriesOn, first.EndsWith("（续）", StringComparison.Ordinal));
            Assert.All(pages[i].Skip(1), h => Assert.DoesNotContain("（续）", h));
            if (carriesOn) continued++;
        }
        Assert.True(continued > 0, $"{list}: no page begins inside a group");
    }

    [Fact]
    public void A_document_cited_by_more_than_a_page_lists_every_citing_programme_across_its_pages_and_its_text_on_the_first()
    {
        var pages = built.Under("documents").GroupBy(p => p.Key[..p.Key.LastIndexOf('/')]).First(g => g.Any(p => p.Key.EndsWith("/index-2.html", StringComparison.Ordinal)));
        var first = pages.Single(p => p.Key.EndsWith("/index.html", StringComparison.Ordinal)).Value;
        var heading = first.QuerySelector("h2#cited, h2#annex")!.TextContent;
        var stated = int.Parse(System.Text.RegularExpressions.Regex.Match(heading, @"（(\d+) 项）").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        var listed = pages.SelectMany(p => p.Value.QuerySelectorAll("section[aria-labelledby=" + (first.QuerySelector("h2#annex") is null ? "cited" : "annex") + "] .program-title")).Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(stated, listed.Count);
        Assert.All(pages.Where(p => !p.Key.EndsWith("/index.html", StringComparison.Ordinal)), p =>
        {
            Assert.Contains("（第", p.Value.Title);
            Assert.Empty(p.Value.QuerySelectorAll(".doc-body, nav.toc"));
        });
    }

    [Fact]
    public void Its_search_index_has_every_piece_a_query_can_ask_for_some_words_being_cut_to_their_heads()
    {
        var index = Path.Combine(built.Out, "search", "index");
        Assert.True(Directory.Exists(Path.Combine(index, "tail")), "300 programmes and no word matching more than 160 of them");
        SiteGen.Tests.Search.IndexPieces.AssertEveryPieceExists(index);
    }

    [Fact]
    public void Its_browser_search_ranks_as_the_cli_some_words_being_cut_to_their_heads()
    {
        var content = new SiteGen.Content.ContentLoader(Path.Combine(built.Root, "content")).Load();
        using var engine = SiteGen.Search.Querying.SearchEngine.Build(content);
        var browser = new SiteGen.Tests.Search.BrowserSearch(Path.Combine(built.Out, "search", "index"));
        var questions = SiteGen.Tests.Search.Relevance.RelevanceFile.Load(Path.Combine(Repo.Root, "tests", "relevance", "questions.yaml")).Questions;
        // A made-up county with its own list, under a made-up city.
        var parents = content.Regions.ToDictionary(r => r.Id, r => r.Parent, StringComparer.Ordinal);
        var county = content.Regions.First(r => r.Parent is { } city && parents[city] is not null && content.Programs.Any(p => p.Region == r.Id) && !Directory.Exists(Path.Combine(Repo.Content, "programs", r.Id))).Id;
        Assert.Contains(questions, q => !engine.ReachesAll(q.Q));
        foreach (var q in questions)
            foreach (var region in new[] { null, "yangquan", county })
            {
                var filters = new SiteGen.Search.Querying.SearchFilters(region, null, null);
                Assert.Equal(engine.Search(q.Q, filters, 10).Ranked(), browser.Search(q.Q, filters, 10));
            }
    }

    [Fact]
    public void A_comparison_pages_its_rows_and_keeps_its_charts_on_the_first_page()
    {
        var compare = built.Under("compare").Where(p => p.Key != "compare/index.html").ToList();
        Assert.All(compare, p => Assert.True(p.Value.QuerySelectorAll("table.compare tbody tr").Length <= PageSize, p.Key));
        var charted = compare.Where(p => p.Key.EndsWith("/index.html", StringComparison.Ordinal) && p.Value.QuerySelectorAll(".chart-block").Length > 0)
            .Select(p => p.Key.Replace("/index.html", "/index-2.html", StringComparison.Ordinal))
            .First(built.Pages.ContainsKey);
        Assert.Empty(built.Pages[charted].QuerySelectorAll(".chart-block"));
        Assert.NotEmpty(built.Pages[charted].QuerySelectorAll("table.compare tbody tr"));
    }

    [Fact]
    public void The_hotline_directory_holds_every_region_once_in_pages_of_whole_regions_and_its_links_reach_their_sections()
    {
        var pages = built.Under("hotlines").ToList();
        Assert.True(pages.Count > 1, $"one hotline page for 300 programmes at a page size of {PageSize}");
        var sections = pages.SelectMany(p => p.Value.QuerySelectorAll("section[id^=region-]").Select(s => (Page: p.Key, Id: s.Id!))).ToList();
        // Every region has its page, regions/<id>/index.html.
        var regions = built.Under("regions").Count(p => p.Key.Count(c => c == '/') == 2 && p.Key.EndsWith("/index.html", StringComparison.Ordinal));
        Assert.Equal(regions, sections.Select(s => s.Id).Distinct().Count());
        Assert.Equal(sections.Count, sections.Select(s => s.Id).Distinct().Count());

        foreach (var (path, page) in pages)
        {
            // Whole regions, as many as keep the page near a page's worth of programmes.
            var programmes = page.QuerySelectorAll("section[id^=region-] a[href*='programs/']").Select(a => a.GetAttribute("href")).Distinct().Count();
            Assert.True(programmes <= PageSize || page.QuerySelectorAll("section[id^=region-]").Length == 1, $"{path}: {programmes} programmes");
        }

        var at = sections.ToDictionary(s => s.Id, s => s.Page, StringComparer.Ordinal);
        var crossLinks = pages.SelectMany(p => p.Value.QuerySelectorAll("section a[href*='#region-']").Select(a => (From: p.Key, Href: a.GetAttribute("href")!))).ToList();
        Assert.NotEmpty(crossLinks);
        foreach (var (from, href) in crossLinks)
        {
            var target = Path.GetRelativePath(built.Out, Path.GetFullPath(Path.Combine(built.Out, Path.GetDirectoryName(from)!, href[..href.IndexOf('#')]))).Replace('\\', '/');
            var id = href[(href.IndexOf('#') + 1)..];
            Assert.True(at.TryGetValue(id, out var page) && page == target, $"{from}: {href} does not reach the section {id} (on {page})");
        }
    }
}

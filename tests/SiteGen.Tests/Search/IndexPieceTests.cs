using System.Text.Json;
using SiteGen.Search.Export;
using SiteGen.Search.Indexing;
using SiteGen.Search.Querying;

namespace SiteGen.Tests.Search;

/// <summary>
/// The index pieces: the filter sets keep exactly what the command line's filters keep, the fragments are
/// the id-sorted programmes and a query loads only those of its shown results, a traditional character folds through
/// its own word piece, and the manifest does not grow with the programmes.
/// </summary>
public class IndexPieceTests(ExportedFixture fixture) : IClassFixture<ExportedFixture>
{
    private IReadOnlyList<string> SortedIds => fixture.Content.Programs.Select(p => p.Id).Order(StringComparer.Ordinal).ToList();

    [Fact]
    public void Every_region_set_holds_the_programmes_covering_the_region()
    {
        var lookup = new ContentLookup(fixture.Content);
        var regions = fixture.Content.Regions.Select(r => r.Id).ToList();
        Assert.Contains(regions, r => fixture.Content.Regions.Any(c => c.Parent == r));
        foreach (var region in regions)
        {
            var expected = SortedIds.Where(id => lookup.Covers(fixture.Content.Programs.First(p => p.Id == id).Region, region));
            Assert.Equal(expected, Set("region", region));
        }
    }

    [Fact]
    public void Department_type_and_audience_sets_hold_the_programmes_the_filters_keep()
    {
        var lookup = new ContentLookup(fixture.Content);
        foreach (var type in fixture.Content.DepartmentTypes)
            Assert.Equal(SortedIds.Where(id => lookup.DepartmentTypeId(Program(id).Department) == type.Id), Set("deptType", type.Id));
        foreach (var audience in fixture.Content.Audiences)
            Assert.Equal(SortedIds.Where(id => Program(id).Audiences.Contains(audience.Id)), Set("audience", audience.Id));
        Assert.Contains(fixture.Content.Audiences, a => Set("audience", a.Id).Count > 0);
    }

    public static TheoryData<string?, string?, string?> Filters() => new()
    {
        { "changzhi", null, null }, { "luzhou", null, null }, { "shanxi", null, null },
        { null, "canlian", null }, { null, "minzheng", null }, { null, null, "disabled" }, { null, null, "lowincome" },
        { "luzhou", "minzheng", "lowincome" },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public void Each_filter_keeps_in_the_browser_what_it_keeps_on_the_command_line(string? region, string? deptType, string? audience)
    {
        var filters = new SearchFilters(region, deptType, audience);
        var queries = new[] { "补贴", "救助", "残疾人", "长治", "阳泉 高龄" };
        foreach (var query in queries)
        {
            var cli = fixture.Engine.Search(query, filters, 1000).Ranked();
            Assert.Equal(cli, fixture.Browser.Search(query, filters, 1000));
        }
        Assert.Contains(queries, q => fixture.Engine.Search(q, filters, 1000).Count > 0);
    }

    [Fact]
    public void Fragments_hold_the_programmes_in_id_order()
    {
        var ids = Directory.GetFiles(Path.Combine(fixture.SearchDir, "docs"), "*.js").Order(StringComparer.Ordinal)
            .Select(f => Payload(f).GetProperty("id").GetString()!).ToList();
        Assert.Equal(SortedIds, ids);
    }

    [Fact]
    public void A_query_loads_the_fragments_of_its_shown_results_only()
    {
        // A page of its own: pieces stay loaded from one query to the next.
        var browser = new BrowserSearch(fixture.SearchDir);
        var hits = browser.Search("补贴", top: 3);
        Assert.Equal(3, hits.Count);
        var expected = hits.Select(h => $"docs/{StaticIndexExporter.ShardName(SortedIds.ToList().IndexOf(h.Id))}.js").Order(StringComparer.Ordinal);
        Assert.Equal(expected, browser.PiecesLoaded().Where(p => p.StartsWith("docs/", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_traditional_character_is_folded_by_its_own_word_piece()
    {
        var count = Manifest().GetProperty("wordPieces").GetInt32();
        var piece = Payload(Path.Combine(fixture.SearchDir, WordPieceWriter.Folder, StaticIndexExporter.ShardName(PieceCount.Of('齡', count)) + ".js"));
        Assert.Contains("齡龄", piece.GetProperty("fold").GetString(), StringComparison.Ordinal);
        var browser = new BrowserSearch(fixture.SearchDir);
        Assert.Equal(fixture.Engine.Search("高齡津貼", SearchFilters.None, 10).Ranked(), browser.Search("高齡津貼"));
        // The traditional characters' pieces first, then the pieces of their simplified forms, and no table of its own.
        var expected = "高齡津貼龄贴".Select(c => $"{WordPieceWriter.Folder}/{StaticIndexExporter.ShardName(PieceCount.Of(c, count))}.js").Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(expected, browser.PiecesLoaded().Where(p => p.StartsWith(WordPieceWriter.Folder + "/", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        Assert.All(browser.PiecesLoaded(), p => Assert.Matches("^(words|shards|docs|pinyin)/", p));
    }

    [Fact]
    public void A_query_loads_the_word_pieces_of_its_characters_only()
    {
        var browser = new BrowserSearch(fixture.SearchDir);
        browser.Search("高龄津贴");
        var count = Manifest().GetProperty("wordPieces").GetInt32();
        Assert.True(count > 1);
        var expected = "高龄津贴".Select(c => $"{WordPieceWriter.Folder}/{StaticIndexExporter.ShardName(PieceCount.Of(c, count))}.js").Distinct();
        var loaded = browser.PiecesLoaded().Where(p => p.StartsWith(WordPieceWriter.Folder + "/", StringComparison.Ordinal)).Order(StringComparer.Ordinal);
        Assert.Equal(expected.Order(StringComparer.Ordinal), loaded);
    }

    [Fact]
    public void The_manifest_does_not_grow_with_the_programmes()
    {
        var content = fixture.Content;
        // Ten copies of every programme under new ids: more programmes, the same regions and words.
        var many = content with
        {
            Programs = Enumerable.Range(0, 10).SelectMany(copy => content.Programs.Select(p => p with { Id = $"{p.Id}-{copy}" })).ToList(),
        };
        using var dir = new TempDir();
        StaticIndexExporter.Write(many, SearchEngine.DefaultUrl, dir.Path);
        var large = File.ReadAllText(Path.Combine(dir.Path, StaticIndexExporter.Folder, "manifest.js"));
        var small = File.ReadAllText(Path.Combine(fixture.SearchDir, "manifest.js"));
        // Only numbers change: the programme count and the shard count.
        Assert.InRange(large.Length - small.Length, 0, 8);
        Assert.DoesNotContain(content.Programs[0].Id, large, StringComparison.Ordinal);
        Assert.DoesNotContain(content.Regions[0].Name, large, StringComparison.Ordinal);
    }

    [Fact]
    public void The_browser_refuses_an_index_of_another_format()
    {
        var engine = new Jint.Engine();
        engine.Execute(Support.Repo.PublishedAsset("search.js"));
        var error = Assert.Throws<Jint.Runtime.JavaScriptException>(() => engine.Execute("SiteGenSearch.createCore({ format: 1, synonyms: [] })"));
        Assert.Contains("format", error.Message, StringComparison.Ordinal);
        Assert.Equal(ManifestWriter.Format, Manifest().GetProperty("format").GetInt32());
    }

    private SiteGen.Content.Model.BenefitProgram Program(string id) => fixture.Content.Programs.First(p => p.Id == id);

    private List<string> Set(string kind, string id)
    {
        var ids = SortedIds;
        var at = 0;
        return Payload(Path.Combine(fixture.SearchDir, kind, id + ".js")).EnumerateArray().Select(gap => ids[at += gap.GetInt32()]).ToList();
    }

    private JsonElement Manifest() => Payload(Path.Combine(fixture.SearchDir, "manifest.js"));

    private static JsonElement Payload(string path)
    {
        var text = File.ReadAllText(path);
        var start = text.IndexOf(",{", StringComparison.Ordinal) is var o and >= 0 && (text.IndexOf(",[", StringComparison.Ordinal) is var a && (a < 0 || o < a)) ? o : text.IndexOf(",[", StringComparison.Ordinal);
        return JsonDocument.Parse(text[(start + 1)..text.LastIndexOf(')')]).RootElement.Clone();
    }
}

using System.Text.Json;
using System.Security.Cryptography;
using SiteGen.Search.Export;
using SiteGen.Search.Querying;

namespace SiteGen.Tests.Search;

public class ExportTests(ExportedFixture fixture) : IClassFixture<ExportedFixture>
{
    [Fact]
    public void Export_is_byte_identical_across_runs()
    {
        using var again = new TempDir();
        StaticIndexExporter.Write(fixture.Content, SearchEngine.DefaultUrl, again.Path);
        Assert.Equal(Hashes(fixture.SearchDir), Hashes(Path.Combine(again.Path, StaticIndexExporter.Folder)));
    }

    [Fact]
    public void Export_writes_manifest_word_pieces_shards_and_one_fragment_per_programme()
    {
        Assert.True(File.Exists(Path.Combine(fixture.SearchDir, "manifest.js")));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(fixture.SearchDir, WordPieceWriter.Folder), "*.js"));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(fixture.SearchDir, "shards"), "*.js"));
        var fragments = Directory.GetFiles(Path.Combine(fixture.SearchDir, "docs"), "*.js").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);
        Assert.Equal(Enumerable.Range(0, fixture.Content.Programs.Count).Select(StaticIndexExporter.ShardName), fragments);
    }

    [Fact]
    public void Data_files_are_scripts_that_call_the_loader_and_keep_ideographs_readable()
    {
        var position = fixture.Content.Programs.Select(p => p.Id).Order(StringComparer.Ordinal).ToList().IndexOf("yangquan-03");
        var name = StaticIndexExporter.ShardName(position);
        var fragment = File.ReadAllText(Path.Combine(fixture.SearchDir, "docs", name + ".js"));
        Assert.StartsWith($"SiteGenSearchData(\"doc\",\"{name}\",{{", fragment, StringComparison.Ordinal);
        Assert.Contains("\"id\":\"yangquan-03\"", fragment, StringComparison.Ordinal);
        Assert.Contains("\"title\":\"高龄津贴\"", fragment, StringComparison.Ordinal);
        Assert.Contains("\"url\":\"programs/yangquan-03/index.html\"", fragment, StringComparison.Ordinal);
        Assert.EndsWith(");\n", fragment, StringComparison.Ordinal);
    }

    [Fact]
    public void A_query_needs_only_the_shards_of_its_terms()
    {
        var shardCount = Directory.GetFiles(Path.Combine(fixture.SearchDir, "shards")).Length;
        fixture.Browser.Search("高龄津贴");
        var touched = fixture.Browser.ShardsTouched();
        var expected = fixture.Engine.Plan("高龄津贴").Select(c => c.ScoreKey)
            .Select(k => StaticIndexExporter.ShardName(ShardHash.ShardOf(k, shardCount))).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(expected, touched);
        Assert.True(shardCount > 1);
    }

    [Fact]
    public void A_long_question_loads_only_the_shards_that_hold_one_of_its_keys()
    {
        const string question = "我家隔壁的大爷说今年冬天村里要发点东西，不知道我们这种家里没有劳动力的能不能领到";
        var browser = new BrowserSearch(fixture.SearchDir);
        Assert.Equal(fixture.Engine.Search(question, SearchFilters.None, 10).Ranked(), browser.Search(question));
        var keys = fixture.Engine.Plan(question).Select(c => c.ScoreKey).ToHashSet(StringComparer.Ordinal);
        var shards = browser.PiecesLoaded().Where(p => p.StartsWith("shards/", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(shards);
        // Most of a rambling question's bigrams are in no programme: their shards would be loaded for nothing.
        Assert.True(shards.Count < keys.Count / 2, $"{shards.Count} shards for {keys.Count} keys");
        foreach (var shard in shards)
        {
            var text = File.ReadAllText(Path.Combine(fixture.SearchDir, shard));
            using var doc = JsonDocument.Parse(text[(text.IndexOf(",{", StringComparison.Ordinal) + 1)..text.LastIndexOf(");", StringComparison.Ordinal)]);
            Assert.Contains(doc.RootElement.EnumerateObject(), p => keys.Contains(p.Name));
        }
    }

    private static SortedDictionary<string, string> Hashes(string dir) =>
        new(Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(dir, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))), StringComparer.Ordinal);
}

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
    public void Export_writes_manifest_word_pieces_table_shards_and_one_fragment_per_programme()
    {
        Assert.True(File.Exists(Path.Combine(fixture.SearchDir, "manifest.js")));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(fixture.SearchDir, WordPieceWriter.Folder), "*.js"));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(fixture.SearchDir, ProgrammeTableWriter.Folder), "*.js"));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(fixture.SearchDir, "shards"), "*.js"));
        var fragments = Directory.GetFiles(Path.Combine(fixture.SearchDir, "docs"), "*.js").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);
        Assert.Equal(fixture.Content.Programs.Select(p => p.Id).Order(StringComparer.Ordinal), fragments);
    }

    [Fact]
    public void Data_files_are_scripts_that_call_the_loader_and_keep_ideographs_readable()
    {
        var fragment = File.ReadAllText(Path.Combine(fixture.SearchDir, "docs", "yangquan-03.js"));
        Assert.StartsWith("SiteGenSearchData(\"doc\",\"yangquan-03\",{", fragment, StringComparison.Ordinal);
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

    private static SortedDictionary<string, string> Hashes(string dir) =>
        new(Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(dir, f), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))), StringComparer.Ordinal);
}

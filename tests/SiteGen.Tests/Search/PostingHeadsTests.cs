using System.Text.Json;
using SiteGen.Search.Export;
using SiteGen.Search.Querying;
using SiteGen.Tests.Search.Relevance;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Search;

/// <summary>
/// Postings cut to their heads, as on a site far larger than the shipped one: the shipped content exported with heads
/// of <see cref="Size"/>, so most common words are cut. A question about no place then scores each clause's head only,
/// a question about a place scores everything within it, and the browser ranks exactly as the CLI either way.
/// </summary>
public sealed class PostingHeadsTests(PostingHeadsTests.CutExport cut, RealContentFixture real) : IClassFixture<PostingHeadsTests.CutExport>, IClassFixture<RealContentFixture>
{
    private const int Size = 8;
    private const int Block = 16;

    /// <summary>Blocks of 16 programmes: a place's programmes are spread over several.</summary>
    public sealed class CutExport() : ExportedFixture(new SiteGen.Content.ContentLoader(Repo.Content).Load(), new PostingHeads(Size), Block);

    private static readonly string[] Regions = ["yangquan", "changzhi", "zhongyang", "fenyang", "pingding", "shanxi"];

    private static IEnumerable<RelevanceQuestion> Questions() =>
        new[] { "questions.yaml", "tuning.yaml" }.SelectMany(f => RelevanceFile.Load(Path.Combine(Repo.Root, "tests", "relevance", f)).Questions);

    [Fact]
    public void The_browser_ranks_as_the_cli_with_and_without_a_place_when_postings_are_cut()
    {
        var asked = 0;
        foreach (var q in Questions())
        {
            foreach (var region in Regions.Prepend(q.Region).Distinct())
            {
                var filters = new SearchFilters(region, q.DeptType, q.Audience);
                var cli = cut.Engine.Search(q.Q, filters, 10).Ranked();
                Assert.Equal(cli, cut.Browser.Search(q.Q, filters, 10));
                asked++;
            }
        }
        Assert.True(asked > 1000, $"{asked} searches");
    }

    [Fact]
    public void Within_a_region_filter_cut_postings_change_nothing()
    {
        using var whole = SearchEngine.Build(real.Exported!.Content);
        foreach (var q in Questions().Take(80))
            foreach (var region in Regions)
            {
                var filters = new SearchFilters(region, null, null);
                Assert.Equal(whole.Search(q.Q, filters, 50).Ranked(), cut.Engine.Search(q.Q, filters, 50).Ranked());
            }
    }

    [Fact]
    public void Without_a_place_a_cut_clause_reaches_only_its_head()
    {
        // 补贴 matches most programmes: alone, the question finds its head and nothing more.
        var all = real.Exported!.Engine.Search("补贴", null, 1000);
        var head = cut.Engine.Search("补贴", null, 1000);
        Assert.True(all.Count > Size, $"{all.Count} results");
        Assert.Equal(Size, head.Count);
        Assert.Equal(all.Take(Size).Ranked(), head.Ranked());
        Assert.Equal(head.Ranked(), cut.Browser.Search("补贴", null, 1000));
    }

    [Theory]
    [InlineData("补贴", null, false)]
    [InlineData("补贴", "yangquan", true)]
    [InlineData("平定县有什么补贴", null, true)]
    [InlineData("火化", null, true)]
    public void Both_say_when_a_question_about_no_place_met_a_cut_clause(string query, string? region, bool reachesAll)
    {
        Assert.Equal(reachesAll, cut.Engine.ReachesAll(query, new SearchFilters(region, null, null)));
        Assert.Equal(reachesAll, cut.Browser.ReachesAll(query, region));
        Assert.True(real.Exported!.Engine.ReachesAll(query));
    }

    [Fact]
    public void A_shard_names_its_cut_keys_and_their_heads_and_tails_are_exported()
    {
        var shards = Directory.GetFiles(Path.Combine(cut.SearchDir, "shards"), "*.js").Select(IndexPieces.Read).ToList();
        var cutKeys = shards.Where(s => s.TryGetProperty("+", out _)).SelectMany(s => s.GetProperty("+").EnumerateArray().Select(k => k.GetString()!)).ToList();
        Assert.NotEmpty(cutKeys);
        var heads = shards.SelectMany(s => s.EnumerateObject()).Where(p => p.Name != "+").ToDictionary(p => p.Name, p => p.Value.GetArrayLength() / 2);
        var pieces = Directory.GetFiles(Path.Combine(cut.SearchDir, "tail"), "*.js").Select(f => (Block: int.Parse(Path.GetFileName(f)[..3], System.Globalization.CultureInfo.InvariantCulture), Json: IndexPieces.Read(f))).ToList();
        // Each tail piece holds its block's positions only.
        Assert.All(pieces, p => Assert.All(p.Json.EnumerateObject(), key =>
            Assert.All(key.Value.EnumerateArray().Where((_, i) => i % 2 == 0), at => Assert.Equal(p.Block, at.GetInt32() / Block))));
        Assert.True(pieces.Select(p => p.Block).Distinct().Count() > 5);
        var tails = pieces.SelectMany(p => p.Json.EnumerateObject()).GroupBy(p => p.Name).ToDictionary(g => g.Key, g => g.Sum(p => p.Value.GetArrayLength() / 2));
        Assert.All(cutKeys, k => Assert.Equal(Size, heads[k]));
        Assert.All(cutKeys, k => Assert.True(tails[k] > 0, k));
        Assert.Equal(cutKeys.Order(StringComparer.Ordinal), tails.Keys.Order(StringComparer.Ordinal));
        // A cut word's head and tail together are its whole list: every programme the word matches.
        using var index = SearchIndex.InMemory(cut.Content);
        using var scores = new TermScores(index);
        Assert.All(cutKeys.Where(k => k.StartsWith("w:", StringComparison.Ordinal)), k => Assert.Equal(scores.Word(k[2..]).Count, heads[k] + tails[k]));
        Assert.All(heads.Where(h => !cutKeys.Contains(h.Key)), h => Assert.True(h.Value <= Size, h.Key));
    }

    [Fact]
    public void Every_shard_and_every_tail_piece_a_query_can_name_exists()
    {
        IndexPieces.AssertEveryPieceExists(cut.SearchDir);
        IndexPieces.AssertEveryPieceExists(real.Exported!.SearchDir);
    }

    [Fact]
    public void The_shipped_content_is_too_small_to_cut_anything()
    {
        Assert.True(real.Exported!.Content.Programs.Count <= PostingHeads.Default.Size);
        Assert.False(Directory.Exists(Path.Combine(real.Exported.SearchDir, "tail")));
        Assert.DoesNotContain("\"+\":", string.Concat(Directory.GetFiles(Path.Combine(real.Exported.SearchDir, "shards")).Select(File.ReadAllText)));
    }
}

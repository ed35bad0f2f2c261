using System.Text.Json;
using SiteGen.Search.Export;
using SiteGen.Tests.Search.Relevance;

namespace SiteGen.Tests.Search;

/// <summary>The pinyin forms come in pieces by their first two letters, and a query loads only the pieces it can use.</summary>
public class PinyinPieceTests(RealContentFixture real) : IClassFixture<RealContentFixture>
{
    private RealContentFixture.ContentExport Exported => real.Exported ?? throw new InvalidOperationException("content/programs is missing");

    private int Count => Payload(Path.Combine(Exported.SearchDir, "manifest.js")).GetProperty("pinyinPieces").GetInt32();

    private string PieceOf(string prefix) => $"pinyin/{StaticIndexExporter.ShardName(SiteGen.Search.Export.ShardHash.ShardOf(prefix, Count))}.js";

    [Fact]
    public void Every_form_is_in_the_piece_of_its_first_two_letters_and_nowhere_else()
    {
        Assert.True(Count > 1);
        var filed = Directory.GetFiles(Path.Combine(Exported.SearchDir, "pinyin"), "*.js")
            .SelectMany(f => Payload(f).EnumerateObject().Select(p => (Form: p.Name, Piece: "pinyin/" + Path.GetFileName(f), Words: p.Value.EnumerateArray().Select(w => w.GetString()!).ToList())))
            .ToList();
        var forms = Exported.Engine.Vocabulary.Pinyin.All.ToList();
        Assert.Equal(forms.Select(f => f.Key).Order(StringComparer.Ordinal), filed.Select(f => f.Form).Order(StringComparer.Ordinal));
        Assert.All(filed, f => Assert.Equal(PieceOf(f.Form[..2]), f.Piece));
        Assert.All(forms, f => Assert.Equal(f.Value, filed.Single(x => x.Form == f.Key).Words));
    }

    [Theory]
    [InlineData("pinyinPieces", "pinyin")]
    [InlineData("readingShards", "readings")]
    public void Every_piece_the_manifest_counts_is_written_even_an_empty_one(string count, string folder)
    {
        // The page asks for a piece by the letters or characters typed, not by what the export found to file there.
        var pieces = Payload(Path.Combine(Exported.SearchDir, "manifest.js")).GetProperty(count).GetInt32();
        var written = Directory.GetFiles(Path.Combine(Exported.SearchDir, folder), "*.js").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);
        Assert.Equal(Enumerable.Range(0, pieces).Select(StaticIndexExporter.ShardName), written);
    }

    [Fact]
    public void Typed_pinyin_loads_the_pieces_its_letters_can_begin()
    {
        var browser = new BrowserSearch(Exported.SearchDir);
        var hits = browser.Search("gaoling jintie");
        Assert.Equal(Exported.Engine.Search("gaoling jintie").Ranked(), hits);
        Assert.NotEmpty(hits);
        const string letters = "gaolingjintie";
        var expected = Enumerable.Range(0, letters.Length - 1).Select(k => PieceOf(letters.Substring(k, 2))).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(expected, Loaded(browser, "pinyin/"));
    }

    [Fact]
    public void A_slip_in_a_short_run_loads_readings_then_the_pieces_they_begin()
    {
        var browser = new BrowserSearch(Exported.SearchDir);
        var hits = browser.Search("底保怎么申请");
        Assert.Equal(Exported.Engine.Search("底保怎么申请").Ranked(), hits);
        Assert.NotEmpty(Loaded(browser, "readings/"));
        Assert.Contains(PieceOf("di"), Loaded(browser, "pinyin/"));
        Assert.True(Loaded(browser, "pinyin/").Count < Count / 4);
    }

    [Fact]
    public void A_long_run_of_the_callers_own_words_loads_neither()
    {
        var browser = new BrowserSearch(Exported.SearchDir);
        // Seven characters no word holds: the caller's own words, not a slip.
        const string story = "喔唷嘞嘛喔唷嘞";
        Assert.Equal(Exported.Engine.Search(story).Ranked(), browser.Search(story));
        Assert.Empty(Loaded(browser, "readings/"));
        Assert.Empty(Loaded(browser, "pinyin/"));
    }

    private static List<string> Loaded(BrowserSearch browser, string folder) =>
        browser.PiecesLoaded().Where(p => p.StartsWith(folder, StringComparison.Ordinal)).Distinct().Order(StringComparer.Ordinal).ToList();

    private static JsonElement Payload(string path)
    {
        var text = File.ReadAllText(path);
        var start = text.IndexOf(",{", StringComparison.Ordinal);
        return JsonDocument.Parse(text[(start + 1)..text.LastIndexOf(')')]).RootElement.Clone();
    }
}

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
            .SelectMany(f => Payload(f).GetProperty("forms").EnumerateObject().Select(p => (Form: p.Name, Piece: "pinyin/" + Path.GetFileName(f), Words: p.Value.EnumerateArray().Select(w => w.GetString()!).ToList())))
            .ToList();
        var forms = Exported.Engine.Vocabulary.Pinyin.All.ToList();
        Assert.Equal(forms.Select(f => f.Key).Order(StringComparer.Ordinal), filed.Select(f => f.Form).Order(StringComparer.Ordinal));
        Assert.All(filed, f => Assert.Equal(PieceOf(f.Form[..2]), f.Piece));
        Assert.All(forms, f => Assert.Equal(f.Value, filed.Single(x => x.Form == f.Key).Words));
    }

    [Theory]
    [InlineData("pinyinPieces", "pinyin")]
    [InlineData("wordPieces", "words")]
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
    public void Every_reading_is_in_the_word_piece_of_its_character_and_nowhere_else()
    {
        var pieces = Payload(Path.Combine(Exported.SearchDir, "manifest.js")).GetProperty("wordPieces").GetInt32();
        var filed = Directory.GetFiles(Path.Combine(Exported.SearchDir, WordPieceWriter.Folder), "*.js")
            .SelectMany(f => Sounds(Payload(f).GetProperty("sounds").GetString()!).Select(s => (s.Character, s.Sound, Piece: Path.GetFileNameWithoutExtension(f))))
            .ToList();
        var sounds = Exported.Engine.Vocabulary.Pinyin.Sounds.ToList();
        Assert.NotEmpty(sounds);
        Assert.Equal(sounds.Select(s => (s.Key, s.Value)), filed.OrderBy(f => f.Character).Select(f => (f.Character, f.Sound)));
        Assert.All(filed, f => Assert.Equal(StaticIndexExporter.ShardName(PieceCount.Of(f.Character, pieces)), f.Piece));
    }

    [Fact]
    public void A_slip_in_a_short_run_loads_the_pinyin_pieces_its_readings_begin_with_its_postings()
    {
        var browser = new BrowserSearch(Exported.SearchDir);
        var hits = browser.Search("底保怎么申请");
        Assert.Equal(Exported.Engine.Search("底保怎么申请").Ranked(), hits);
        Assert.Contains(PieceOf("di"), Loaded(browser, "pinyin/"));
        Assert.True(Loaded(browser, "pinyin/").Count < Count / 4);
        // The readings come with the word pieces: words, then postings with pinyin, then the homophone's postings.
        Assert.All(browser.PiecesLoaded(), p => Assert.Matches("^(words|shards|docs|pinyin)/", p));
    }

    /// <summary>WordPieceWriter's <c>sounds</c>: each ideograph, then its reading's letters.</summary>
    private static IEnumerable<(char Character, string Sound)> Sounds(string text)
    {
        for (var at = 0; at < text.Length;)
        {
            var c = text[at++];
            var from = at;
            while (at < text.Length && text[at] is >= 'a' and <= 'z') at++;
            yield return (c, text[from..at]);
        }
    }

    [Fact]
    public void A_long_run_of_the_callers_own_words_loads_neither()
    {
        var browser = new BrowserSearch(Exported.SearchDir);
        // Seven characters no word holds: the caller's own words, not a slip.
        const string story = "喔唷嘞嘛喔唷嘞";
        Assert.Equal(Exported.Engine.Search(story).Ranked(), browser.Search(story));
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

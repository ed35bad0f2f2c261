using SiteGen.FileSystem;
using System.Text;
using SiteGen.Search.Analysis;

namespace SiteGen.Search.Export;

/// <summary>
/// Writes <c>words/NNN.js</c>: what a query's characters are looked up in, in pieces by character code
/// (<see cref="PieceCount.Of"/>), so that a query loads the pieces of its own characters only. A piece holds
/// the vocabulary words (query maximum matching) and the place names (<see cref="Querying.PlaceMatcher"/>) that
/// begin with one of its characters, the simplified form of those of its characters that are traditional
/// ones (so that a question typed in traditional characters needs no table of its own first), and which bigrams
/// and single ideographs beginning with them have postings at all (so that a question's left-over words load
/// only the shards that hold something for them: a long question's bigrams are mostly in no programme), and the
/// customary reading of each of its characters that can help a homophone match a name (so that a slip in a short
/// left-over run needs no round of its own before its pinyin pieces). The
/// tables grow with the site, by the names of its regions and departments and the bigrams of its text, so the
/// piece count grows with them.
/// </summary>
public static class WordPieceWriter
{
    public const string Folder = "words";
    private const int TargetBytes = 1024;
    private const int MaximumPieces = 4096;

    /// <param name="words">The words a query is maximum-matched against.</param>
    /// <param name="places">Folded place names, each with the region it stands for.</param>
    /// <param name="folding">Traditional characters and their simplified forms (<see cref="StaticIndexExporter.FoldingOf"/>).</param>
    /// <param name="grams">The bigrams with postings (<c>g:</c> keys).</param>
    /// <param name="singles">The single ideographs with postings (<c>w:</c> keys of one character).</param>
    /// <param name="sounds">Ideographs and their customary readings (<see cref="PinyinWords.Sounds"/>).</param>
    public static WordPieces Write(IFileWriter files, string root, IReadOnlyList<string> words, IReadOnlyDictionary<string, string> places,
        IReadOnlyDictionary<char, char> folding, IReadOnlyList<string> grams, IReadOnlyList<char> singles, IEnumerable<KeyValuePair<char, string>> sounds)
    {
        // The second characters of the bigrams, by their first: "老": "人伴年…".
        var followers = grams.Where(g => g.Length == 2).GroupBy(g => g[0])
            .ToDictionary(g => g.Key, g => string.Concat(g.Select(x => x[1]).Distinct().Order()));
        // Rough serialized size: three bytes a character and the quotes and commas around each entry.
        var bytes = words.Sum(w => w.Length * 3L + 3) + places.Sum(p => p.Key.Length * 3L + p.Value.Length + 6) + folding.Count * 6L
            + followers.Sum(f => f.Value.Length * 3L + 8) + singles.Count * 3L;
        // The readings are not counted: they do not grow with the site, and counting them would double the pieces, and the
        // requests, of every question.
        var count = PieceCount.For(bytes, TargetBytes, MaximumPieces);
        var wordsOf = words.Order(StringComparer.Ordinal).ToLookup(w => PieceCount.Of(w[0], count));
        var placesOf = places.OrderBy(p => p.Key, StringComparer.Ordinal).ToLookup(p => PieceCount.Of(p.Key[0], count));
        var foldingOf = folding.OrderBy(p => p.Key).ToLookup(p => PieceCount.Of(p.Key, count));
        var followersOf = followers.OrderBy(p => p.Key).ToLookup(p => PieceCount.Of(p.Key, count));
        var singlesOf = singles.Distinct().Order().ToLookup(c => PieceCount.Of(c, count));
        var soundsOf = sounds.OrderBy(p => p.Key).ToLookup(p => PieceCount.Of(p.Key, count));
        for (var piece = 0; piece < count; piece++)
        {
            var name = StaticIndexExporter.ShardName(piece);
            // Pairs "繁简…".
            var pairs = new StringBuilder();
            foreach (var (from, to) in foldingOf[piece]) pairs.Append(from).Append(to);
            // Each ideograph then its reading's letters: "低di保bao…".
            var readings = new StringBuilder();
            foreach (var (c, sound) in soundsOf[piece]) readings.Append(c).Append(sound);
            JsPayload.Write(files, Path.Combine(root, Folder, name + ".js"), "words", name, json =>
            {
                json.WriteStartObject();
                json.WriteString("fold", pairs.ToString());
                json.WriteStartObject("grams");
                foreach (var (first, seconds) in followersOf[piece]) json.WriteString(first.ToString(), seconds);
                json.WriteEndObject();
                json.WriteString("ones", string.Concat(singlesOf[piece]));
                json.WriteStartObject("places");
                foreach (var (place, region) in placesOf[piece]) json.WriteString(place, region);
                json.WriteEndObject();
                json.WriteString("sounds", readings.ToString());
                json.WriteStartArray("words");
                foreach (var w in wordsOf[piece]) json.WriteStringValue(w);
                json.WriteEndArray();
                json.WriteEndObject();
            });
        }
        return new WordPieces(count, words.Count == 0 ? 0 : words.Max(w => w.Length), places.Count == 0 ? 0 : places.Keys.Max(n => n.Length));
    }
}

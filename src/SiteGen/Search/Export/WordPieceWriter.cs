using SiteGen.FileSystem;
using System.Text;
using SiteGen.Search.Analysis;

namespace SiteGen.Search.Export;

/// <summary>
/// Writes <c>words/NNN.js</c>: what a query's characters are looked up in, in pieces by character code
/// (<see cref="PieceCount.Of"/>), so that a query loads the pieces of its own characters only. A piece holds
/// the vocabulary words (query maximum matching) and the place names (<see cref="Querying.PlaceMatcher"/>) that
/// begin with one of its characters, and which of its characters occur in the vocabulary at all (an ideograph
/// none of them holds may be a traditional one, which asks for fold.js). Both tables grow with the site, by
/// the names of its regions and departments, so the piece count grows with them.
/// </summary>
public static class WordPieceWriter
{
    public const string Folder = "words";
    private const int TargetBytes = 1024;
    private const int MaximumPieces = 4096;

    /// <param name="words">The words a query is maximum-matched against.</param>
    /// <param name="places">Folded place names, each with the region it stands for.</param>
    public static WordPieces Write(IFileWriter files, string root, IReadOnlyList<string> words, IReadOnlyDictionary<string, string> places)
    {
        var characters = words.SelectMany(w => w).Where(CharClass.IsCjk).Distinct().Order().ToList();
        // Rough serialized size: three bytes a character and the quotes and commas around each entry.
        var bytes = words.Sum(w => w.Length * 3L + 3) + places.Sum(p => p.Key.Length * 3L + p.Value.Length + 6) + characters.Count * 3L;
        var count = PieceCount.For(bytes, TargetBytes, MaximumPieces);
        var wordsOf = words.Order(StringComparer.Ordinal).ToLookup(w => PieceCount.Of(w[0], count));
        var placesOf = places.OrderBy(p => p.Key, StringComparer.Ordinal).ToLookup(p => PieceCount.Of(p.Key[0], count));
        var charactersOf = characters.ToLookup(c => PieceCount.Of(c, count));
        for (var piece = 0; piece < count; piece++)
        {
            var name = StaticIndexExporter.ShardName(piece);
            var own = new StringBuilder();
            foreach (var c in charactersOf[piece]) own.Append(c);
            JsPayload.Write(files, Path.Combine(root, Folder, name + ".js"), "words", name, json =>
            {
                json.WriteStartObject();
                json.WriteString("chars", own.ToString());
                json.WriteStartObject("places");
                foreach (var (place, region) in placesOf[piece]) json.WriteString(place, region);
                json.WriteEndObject();
                json.WriteStartArray("words");
                foreach (var w in wordsOf[piece]) json.WriteStringValue(w);
                json.WriteEndArray();
                json.WriteEndObject();
            });
        }
        return new WordPieces(count, words.Count == 0 ? 0 : words.Max(w => w.Length), places.Count == 0 ? 0 : places.Keys.Max(n => n.Length));
    }
}

using SiteGen.FileSystem;
using SiteGen.Search.Analysis;

namespace SiteGen.Search.Export;

/// <summary>
/// Writes the pinyin forms (<see cref="PinyinWords"/>) and the places' spellings (<see cref="Querying.PlaceMatcher"/>) as
/// <c>pinyin/NNN.js</c>, <c>{"forms": {form: [words…]}, "places": {spelling: region id}}</c>, in pieces by the first two
/// letters (FNV-1a of them, as postings shards are chosen), so that a query loads only the pieces its letters or the
/// readings of its left-over characters can begin.
/// </summary>
public static class PinyinPieceWriter
{
    private const int TargetBytes = 3 * 1024;

    /// <summary>The letters a form is filed under: every form has at least two.</summary>
    public static string PrefixOf(string form) => form[..2];

    public static PinyinPieces Write(IFileWriter files, string root, PinyinWords pinyin, IReadOnlyDictionary<string, string> places)
    {
        var forms = pinyin.All.ToList();
        var spellings = places.OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
        // Rough size: the form, its words (three bytes an ideograph) and the JSON around them; a spelling and its region id.
        var bytes = forms.Sum(f => f.Key.Length + 6 + f.Value.Sum(w => w.Length * 3 + 3)) + spellings.Sum(p => p.Key.Length + p.Value.Length + 6);
        var count = PieceCount.For(bytes, TargetBytes, 256);
        var formsOf = forms.ToLookup(f => ShardHash.ShardOf(PrefixOf(f.Key), count));
        var placesOf = spellings.ToLookup(p => ShardHash.ShardOf(PrefixOf(p.Key), count));
        // Every piece is written, an empty one too: the page asks for a piece by the letters typed, not by what exists.
        for (var at = 0; at < count; at++)
        {
            var piece = formsOf[at];
            var placed = placesOf[at];
            var name = StaticIndexExporter.ShardName(at);
            JsPayload.Write(files, Path.Combine(root, "pinyin", name + ".js"), "pinyin", name, json =>
            {
                json.WriteStartObject();
                json.WriteStartObject("forms");
                foreach (var (form, terms) in piece)
                {
                    json.WriteStartArray(form);
                    foreach (var t in terms) json.WriteStringValue(t);
                    json.WriteEndArray();
                }
                json.WriteEndObject();
                json.WriteStartObject("places");
                foreach (var (spelling, region) in placed) json.WriteString(spelling, region);
                json.WriteEndObject();
                json.WriteEndObject();
            });
        }
        return new PinyinPieces(count, pinyin.MaxLength);
    }
}

/// <summary>What <see cref="PinyinPieceWriter"/> wrote: the number of pieces and the longest form.</summary>
public sealed record PinyinPieces(int Count, int FormLength);

using SiteGen.FileSystem;
using System.Text.Json;
using SiteGen.Content.Model;
using SiteGen.Search.Analysis;
using SiteGen.Search.Indexing;
using SiteGen.Search.Querying;

namespace SiteGen.Search.Export;

/// <summary>
/// Writes <c>manifest.js</c>, the one piece every query loads first. It holds only what does not grow with the
/// number of programmes or regions: the layout of the pieces (<see cref="IndexLayout"/>), the department types
/// and audiences offered as filters, synonym groups, query stop words, suggestions, and the age intervals: from
/// each interval's first age, the key of its age clause ("" when no condition covers it). The programme table,
/// the filter sets, the words and the place names are pieces of their own.
/// </summary>
public static class ManifestWriter
{
    /// <summary>The index format; search.js refuses a manifest of another one. Bumped whenever the pieces change.</summary>
    public const int Format = 8;

    public static void Write(IFileWriter files, string root, ContentSet content, SynonymTable synonyms,
        IReadOnlyList<(int From, IReadOnlyList<string> Terms)> ages, IndexLayout layout)
    {
        JsPayload.Write(files, Path.Combine(root, "manifest.js"), "manifest", "", json =>
        {
            json.WriteStartObject();
            json.WriteStartArray("ages");
            foreach (var (from, terms) in ages)
            {
                json.WriteStartArray();
                json.WriteNumberValue(from);
                json.WriteStringValue(terms.Count == 0 ? "" : QueryClause.AgeKey(terms));
                json.WriteEndArray();
            }
            json.WriteEndArray();
            json.WriteStartArray("audiences");
            foreach (var t in content.Audiences.OrderBy(t => t.Id, StringComparer.Ordinal)) WriteTerm(json, t.Id, t.Name);
            json.WriteEndArray();
            json.WriteStartArray("deptTypes");
            foreach (var t in content.DepartmentTypes.OrderBy(t => t.Id, StringComparer.Ordinal)) WriteTerm(json, t.Id, t.Name);
            json.WriteEndArray();
            json.WriteNumber("format", Format);
            json.WriteNumber("pinyinLength", layout.Pinyin.FormLength);
            json.WriteNumber("pinyinPieces", layout.Pinyin.Count);
            json.WriteNumber("placeLength", layout.Words.PlaceLength);
            json.WriteNumber("programmes", layout.Programmes);
            json.WriteString("schema", SearchFields.SchemaVersion);
            json.WriteNumber("shardCount", layout.ShardCount);
            json.WriteStartArray("stopWords");
            foreach (var w in content.QueryStopWords.Select(Folding.Default.Fold).Where(w => w.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
                json.WriteStringValue(w);
            json.WriteEndArray();
            json.WriteStartArray("suggestions");
            foreach (var s in Suggestions(content)) json.WriteStringValue(s);
            json.WriteEndArray();
            json.WriteStartArray("synonyms");
            foreach (var group in synonyms.Groups)
            {
                json.WriteStartArray();
                foreach (var w in group) json.WriteStringValue(w);
                json.WriteEndArray();
            }
            json.WriteEndArray();
            json.WriteNumber("tailBlock", layout.TailBlock);
            json.WriteNumber("tailCount", layout.TailCount);
            json.WriteNumber("wordLength", layout.Words.WordLength);
            json.WriteNumber("wordPieces", layout.Words.Count);
            json.WriteEndObject();
        });
    }

    /// <summary>Queries offered when nothing is found: the names of the programme kinds, else of the categories.</summary>
    private static IEnumerable<string> Suggestions(ContentSet content)
    {
        var names = content.Kinds.Count > 0 ? content.Kinds : content.Categories;
        return names.Select(t => t.Name).Distinct(StringComparer.Ordinal);
    }

    private static void WriteTerm(Utf8JsonWriter json, string id, string name)
    {
        json.WriteStartObject();
        json.WriteString("id", id);
        json.WriteString("name", name);
        json.WriteEndObject();
    }
}

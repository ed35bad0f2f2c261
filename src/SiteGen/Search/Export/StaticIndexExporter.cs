using System.Text.Json;
using SiteGen.Content.Model;
using SiteGen.Concurrency;
using SiteGen.FileSystem;
using SiteGen.Rendering;
using SiteGen.Search.Analysis;
using SiteGen.Search.Indexing;
using SiteGen.Search.Querying;

namespace SiteGen.Search.Export;

/// <summary>
/// Writes the browser search index under <c>outputDir/search/</c>:
/// <list type="bullet">
/// <item><c>manifest.js</c>: what does not grow with the site (<see cref="ManifestWriter"/>);</item>
/// <item><c>words/NNN.js</c>: the vocabulary, place names, traditional characters and readings by character (<see cref="WordPieceWriter"/>);</item>
/// <item><c>region/</c>, <c>deptType/</c>, <c>audience/</c>: the positions each filter keeps (<see cref="FilterSetWriter"/>);</item>
/// <item><c>shards/NNN.js</c>: postings <c>{"w:term"|"s:word"|"g:gram": [doc, score, doc, score, …]}</c>
/// with the per-clause scores of <see cref="TermScores"/> (s: a word with its synonyms), so the
/// browser only adds them up;</item>
/// <item><c>tail/BBB-NNN.js</c>: the rest of the postings of the keys whose shards hold only their heads (<see cref="PostingHeads"/>), by block of table positions;</item>
/// <item><c>docs/NNN.js</c>: what a result shows (title, address, who, how much, phones), by the programme's position in
/// the id-sorted list that postings refer to, loaded only for shown results.</item>
/// </list>
/// </summary>
public static class StaticIndexExporter
{
    /// <summary>Below the site root; the search page itself lives beside it in search/, which this folder keeps clear of.</summary>
    public const string Folder = "search/index";
    /// <summary>Characters of the standard and of the snippet source kept in a result fragment.</summary>
    internal const int FragmentTextLength = 240;

    public static void Write(ContentSet content, Func<BenefitProgram, string> urlOf, string outputDir, Func<BenefitProgram, IReadOnlyList<string>>? phonesOf = null,
        PostingHeads? heads = null, int tailBlock = PostingShards.DefaultTailBlock)
    {
        using var index = SearchIndex.InMemory(content);
        Write(content, index, urlOf, outputDir, phonesOf, heads, tailBlock);
    }

    /// <summary>The whole index: <see cref="StaticIndexExport.WriteProgrammes"/>, then <see cref="StaticIndexExport.WritePostings"/>.</summary>
    public static void Write(ContentSet content, SearchIndex index, Func<BenefitProgram, string> urlOf, string outputDir,
        Func<BenefitProgram, IReadOnlyList<string>>? phonesOf = null, PostingHeads? heads = null, int tailBlock = PostingShards.DefaultTailBlock,
        IFileWriter? files = null)
    {
        var export = new StaticIndexExport(content, urlOf, outputDir, phonesOf, heads, tailBlock, files);
        export.WriteProgrammes();
        export.WritePostings(index);
    }

    /// <summary>
    /// The traditional characters whose simplified form occurs in what a query is matched against (index
    /// terms, synonyms, stop words): a character none of them holds matches nothing, folded or not, so the
    /// rest of the table would only add to the download.
    /// </summary>
    internal static IReadOnlyDictionary<char, char> FoldingOf(IEnumerable<string> matched)
    {
        var used = matched.SelectMany(t => Folding.Default.Fold(t)).Where(CharClass.IsCjk).ToHashSet();
        return Folding.Default.Ideographs.Where(p => used.Contains(p.Value)).ToDictionary(p => p.Key, p => p.Value);
    }

    public static string ShardName(int shard) => shard.ToString("D3", System.Globalization.CultureInfo.InvariantCulture);

    /// <param name="name">The programme's position in the id-sorted list, as <see cref="ShardName"/> writes it.</param>
    internal static void WriteFragment(IFileWriter files, string root, string name, BenefitProgram p, ContentLookup lookup, Func<BenefitProgram, string> urlOf, IReadOnlyList<string> phones)
    {
        JsPayload.Write(files, Path.Combine(root, "docs", name + ".js"), "doc", name, json =>
        {
            json.WriteStartObject();
            json.WriteStartArray("audiences");
            foreach (var a in p.Audiences) json.WriteStringValue(lookup.AudienceName(a));
            json.WriteEndArray();
            json.WriteString("department", lookup.DepartmentName(p.Department));
            json.WriteString("deptType", lookup.DepartmentTypeName(lookup.DepartmentTypeId(p.Department)));
            // How to apply, as the 答复要点 says it: the card's second line for an operator.
            json.WriteString("howToApply", TextLine.Truncate(TextLine.OneLine(p.Answer?.HowToApply ?? ""), FragmentTextLength));
            json.WriteString("id", p.Id);
            json.WriteString("phone", string.Join("；", phones));
            // Each phone with its tel: address (digits only, TelLink), so the card's link is the page's link.
            json.WriteStartArray("phones");
            foreach (var number in phones)
            {
                json.WriteStartObject();
                json.WriteString("number", number);
                json.WriteString("tel", TelLink.Of(number));
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteString("region", lookup.RegionName(p.Region));
            // A result shows a window of about 120 characters of each; longer text would only add to every download.
            json.WriteString("standard", TextLine.Truncate(TextLine.OneLine(p.Answer?.HowMuch ?? p.Standard), FragmentTextLength));
            // Snippet source: what the programme gives and who qualifies, where highlights are most useful.
            json.WriteString("text", TextLine.Truncate(TextLine.OneLine(string.Join(" ", new[] { p.Summary, p.Eligibility }.Where(s => !string.IsNullOrWhiteSpace(s)))), FragmentTextLength));
            json.WriteString("title", p.DisplayTitle);
            json.WriteString("url", urlOf(p));
            json.WriteEndObject();
        });
    }
}

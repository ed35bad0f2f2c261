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
/// <item><c>words/NNN.js</c>: the vocabulary and place names by character (<see cref="WordPieceWriter"/>);</item>
/// <item><c>table/NNN.js</c>: the id-sorted programme table, whose positions postings refer to (<see cref="ProgrammeTableWriter"/>);</item>
/// <item><c>region/</c>, <c>deptType/</c>, <c>audience/</c>: the positions each filter keeps (<see cref="FilterSetWriter"/>);</item>
/// <item><c>shards/NNN.js</c>: postings <c>{"w:term"|"s:word"|"g:gram": [doc, score, doc, score, …]}</c>
/// with the per-clause scores of <see cref="TermScores"/> (s: a word with its synonyms), so the
/// browser only adds them up;</item>
/// <item><c>tail/BBB-NNN.js</c>: the rest of the postings of the keys whose shards hold only their heads (<see cref="PostingHeads"/>), by block of table positions;</item>
/// <item><c>docs/&lt;id&gt;.js</c>: what a result shows, loaded only for shown results.</item>
/// </list>
/// </summary>
public static class StaticIndexExporter
{
    /// <summary>Below the site root; the search page itself lives beside it in search/, which this folder keeps clear of.</summary>
    public const string Folder = "search/index";
    /// <summary>
    /// Target size of a piece of the readings table (<see cref="PinyinWords.Sounds"/>), cut by character code: a
    /// query whose short left-over runs may be a homophone of a name loads only the pieces of those characters.
    /// </summary>
    private const int ReadingPieceBytes = 1024;

    /// <summary>Characters of the standard and of the snippet source kept in a result fragment.</summary>
    private const int FragmentTextLength = 240;

    public static void Write(ContentSet content, Func<BenefitProgram, string> urlOf, string outputDir, Func<BenefitProgram, IReadOnlyList<string>>? phonesOf = null,
        PostingHeads? heads = null, int tailBlock = PostingShards.DefaultTailBlock)
    {
        using var index = SearchIndex.InMemory(content);
        Write(content, index, urlOf, outputDir, phonesOf, heads, tailBlock);
    }

    /// <param name="urlOf">A programme's page address; called from several threads at once.</param>
    /// <param name="phonesOf">The phones a result offers to call (the site passes the programme page's, department and
    /// general-line fallbacks included); by default the programme's own. Called from several threads at once.</param>
    /// <param name="heads">How far a clause reaches outside a query's places; the CLI's engine must use the same.</param>
    /// <param name="tailBlock">Table positions per block of the cut keys' tails.</param>
    /// <param name="files">Writes the files (a build's staging folder); by default each is written as it is.</param>
    public static void Write(ContentSet content, SearchIndex index, Func<BenefitProgram, string> urlOf, string outputDir,
        Func<BenefitProgram, IReadOnlyList<string>>? phonesOf = null, PostingHeads? heads = null, int tailBlock = PostingShards.DefaultTailBlock,
        IFileWriter? files = null)
    {
        phonesOf ??= p => p.Phones;
        files ??= PlainFileWriter.Instance;
        var root = Path.Combine(outputDir, Folder);
        // The folder is ours alone; clearing it keeps files of an earlier shard count from lingering.
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);

        var lookup = new ContentLookup(content);
        var programs = content.Programs.OrderBy(p => p.Id, StringComparer.Ordinal).ToList();
        var position = programs.Select((p, i) => (p.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var docToPosition = index.IdsByDoc.Select(id => position.GetValueOrDefault(id, -1)).ToArray();
        var synonyms = new SynonymTable(content.Synonyms);
        using var scores = new TermScores(index);

        var vocabulary = index.Terms(SearchFields.Word);
        var pinyin = SearchEngine.PinyinOf(index, synonyms);
        var ages = AgeTerms.Of(index).Intervals();
        var postings = new PostingShards(index, vocabulary, pinyin, synonyms, ages, scores, heads ?? PostingHeads.Default, tailBlock);
        var shardCount = postings.ShardCount;

        // A single ideograph is searched only when left over alone; it is no word to match.
        var words = WordPieceWriter.Write(files, root, vocabulary.Where(t => !(t.Length == 1 && CharClass.IsCjk(t[0]))).ToList(), new PlaceMatcher(content.Regions).Names);
        var pinyinPieces = PinyinPieceWriter.Write(files, root, pinyin);
        // A reading is a character, its syllable and the JSON around them.
        var readingPieces = PieceCount.For(pinyin.Sounds.Sum(p => p.Value.Length + 8L), ReadingPieceBytes, 1024);
        ManifestWriter.Write(files, root, content, synonyms, ages, new IndexLayout(programs.Count, ProgrammeTableWriter.Rows, shardCount, postings.TailCount, postings.TailBlock, readingPieces, words, pinyinPieces));
        // The files below depend on nothing written above or on each other: they are written on every core, each
        // the same bytes whatever the order.
        InParallel.ForEach<Action>(
        [
            () => ProgrammeTableWriter.Write(files, root, programs, urlOf),
            () => FilterSetWriter.Write(files, root, content, programs, lookup),
            () => RegionListWriter.Write(files, root, content.Regions),
            () => WriteFolding(files, Path.Combine(root, "fold.js"), vocabulary.Concat(synonyms.Words).Concat(content.QueryStopWords)),
            () => WriteReadings(files, root, pinyin, readingPieces),
            () => postings.Write(files, root, docToPosition, programs.Count),
        ], write => write());
        InParallel.ForEach(programs, p => WriteFragment(files, Path.Combine(root, "docs", p.Id + ".js"), p, lookup, urlOf, phonesOf(p)));
    }

    private static void WriteReadings(IFileWriter files, string root, PinyinWords pinyin, int pieces)
    {
        var soundsOf = pinyin.Sounds.ToLookup(p => PieceCount.Of(p.Key, pieces));
        // Every piece is written, an empty one too: the page asks for the piece of each character it reads.
        for (var at = 0; at < pieces; at++)
        {
            var shard = soundsOf[at];
            var name = ShardName(at);
            JsPayload.Write(files, Path.Combine(root, "readings", name + ".js"), "readings", name, json =>
            {
                json.WriteStartObject();
                foreach (var (c, sound) in shard) json.WriteString(c.ToString(), sound);
                json.WriteEndObject();
            });
        }
    }

    /// <summary>
    /// The traditional characters whose simplified form occurs in what a query is matched against (index
    /// terms, synonyms, stop words), as pairs "繁简…": a character none of them holds matches nothing,
    /// folded or not, so the rest of the table would only add to the download.
    /// </summary>
    private static void WriteFolding(IFileWriter files, string path, IEnumerable<string> matched)
    {
        var used = matched.SelectMany(t => Folding.Default.Fold(t)).Where(CharClass.IsCjk).ToHashSet();
        var pairs = new System.Text.StringBuilder();
        foreach (var (from, to) in Folding.Default.Ideographs.Where(p => used.Contains(p.Value)).OrderBy(p => p.Key)) pairs.Append(from).Append(to);
        JsPayload.Write(files, path, "fold", "", json => json.WriteStringValue(pairs.ToString()));
    }

    public static string ShardName(int shard) => shard.ToString("D3", System.Globalization.CultureInfo.InvariantCulture);

    private static void WriteFragment(IFileWriter files, string path, BenefitProgram p, ContentLookup lookup, Func<BenefitProgram, string> urlOf, IReadOnlyList<string> phones)
    {
        JsPayload.Write(files, path, "doc", p.Id, json =>
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

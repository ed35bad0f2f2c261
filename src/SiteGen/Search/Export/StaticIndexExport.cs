using SiteGen.Concurrency;
using SiteGen.Content.Model;
using SiteGen.FileSystem;
using SiteGen.Search.Analysis;
using SiteGen.Search.Indexing;
using SiteGen.Search.Querying;

namespace SiteGen.Search.Export;

/// <summary>
/// One export of the browser index (<see cref="StaticIndexExporter"/> lists its files), in two parts: the pieces made
/// from the programmes alone (the filter sets, the region list, the result fragments), which a build writes while
/// the index is still being built, and the pieces read from the index (words with their folding and readings, pinyin,
/// postings, the manifest).
/// </summary>
/// <param name="urlOf">A programme's page address; called from several threads at once.</param>
/// <param name="phonesOf">The phones a result offers to call (the site passes the programme page's, department and
/// general-line fallbacks included); by default the programme's own. Called from several threads at once.</param>
/// <param name="heads">How far a clause reaches outside a query's places; the CLI's engine must use the same.</param>
/// <param name="tailBlock">Table positions per block of the cut keys' tails.</param>
/// <param name="files">Writes the files (a build's staging folder); by default each is written as it is.</param>
public sealed class StaticIndexExport(ContentSet content, Func<BenefitProgram, string> urlOf, string outputDir,
    Func<BenefitProgram, IReadOnlyList<string>>? phonesOf = null, PostingHeads? heads = null, int tailBlock = PostingShards.DefaultTailBlock,
    IFileWriter? files = null)
{
    private readonly Func<BenefitProgram, IReadOnlyList<string>> _phonesOf = phonesOf ?? (p => p.Phones);
    private readonly IFileWriter _files = files ?? PlainFileWriter.Instance;
    private readonly string _root = Clear(Path.Combine(outputDir, StaticIndexExporter.Folder));
    private readonly ContentLookup _lookup = new(content);
    private readonly IReadOnlyList<BenefitProgram> _programs = content.Programs.OrderBy(p => p.Id, StringComparer.Ordinal).ToList();

    // The folder is ours alone; clearing it keeps files of an earlier shard count from lingering.
    private static string Clear(string root)
    {
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        return root;
    }

    /// <summary>The pieces made from the programmes alone; they depend on no index and on each other in no way.</summary>
    public void WriteProgrammes() =>
        InParallel.ForEach<Action>(
        [
            () => FilterSetWriter.Write(_files, _root, content, _programs, _lookup),
            () => RegionListWriter.Write(_files, _root, content.Regions),
            () => InParallel.ForEach(Enumerable.Range(0, _programs.Count).ToList(), at =>
                StaticIndexExporter.WriteFragment(_files, _root, StaticIndexExporter.ShardName(at), _programs[at], _lookup, urlOf, _phonesOf(_programs[at]))),
        ], write => write());

    /// <summary>The pieces read from the index of the same content.</summary>
    public void WritePostings(SearchIndex index)
    {
        var position = _programs.Select((p, i) => (p.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var docToPosition = index.IdsByDoc.Select(id => position.GetValueOrDefault(id, -1)).ToArray();
        var synonyms = new SynonymTable(content.Synonyms);
        using var scores = new TermScores(index);

        var vocabulary = index.Terms(SearchFields.Word);
        var pinyin = SearchEngine.PinyinOf(index, synonyms);
        var ages = AgeTerms.Of(index).Intervals();
        var postings = new PostingShards(index, vocabulary, pinyin, synonyms, ages, scores, heads ?? PostingHeads.Default, tailBlock);

        // A single ideograph is searched only when left over alone; it is no word to match.
        var single = vocabulary.Where(t => t.Length == 1 && CharClass.IsCjk(t[0])).ToList();
        var places = new PlaceMatcher(content.Regions);
        var words = WordPieceWriter.Write(_files, _root, vocabulary.Except(single).ToList(), places.Names,
            StaticIndexExporter.FoldingOf(vocabulary.Concat(synonyms.Words).Concat(content.QueryStopWords)),
            index.Terms([SearchFields.Gram]), single.Select(t => t[0]).ToList(), pinyin.Sounds);
        var pinyinPieces = PinyinPieceWriter.Write(_files, _root, pinyin, places.Spellings);
        ManifestWriter.Write(_files, _root, content, synonyms, ages,
            new IndexLayout(_programs.Count, postings.ShardCount, postings.TailCount, postings.TailBlock, words, pinyinPieces));
        postings.Write(_files, _root, docToPosition, _programs.Count);
    }
}

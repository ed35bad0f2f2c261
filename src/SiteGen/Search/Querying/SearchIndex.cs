using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using SiteGen.Content.Model;
using SiteGen.Search.Indexing;

namespace SiteGen.Search.Querying;

/// <summary>An open Lucene index of the programmes, with the programme id of every Lucene document.</summary>
public sealed class SearchIndex : IDisposable
{
    private readonly Lucene.Net.Store.Directory _directory;
    private readonly DirectoryReader _reader;

    private SearchIndex(Lucene.Net.Store.Directory directory)
    {
        _directory = directory;
        _reader = DirectoryReader.Open(directory);
        Searcher = new IndexSearcher(_reader) { Similarity = new BM25Similarity() };
        var ids = new string[_reader.MaxDoc];
        for (var doc = 0; doc < ids.Length; doc++) ids[doc] = _reader.Document(doc).Get(SearchFields.Id) ?? "";
        IdsByDoc = ids;
        // Ranks, not ids, break ties wherever a whole list is ordered (PostingHeads), so no id is compared twice.
        var order = Enumerable.Range(0, ids.Length).ToArray();
        Array.Sort(order, (a, b) => string.CompareOrdinal(ids[a], ids[b]));
        var ranks = new int[ids.Length];
        for (var i = 0; i < order.Length; i++) ranks[order[i]] = i;
        IdRankByDoc = ranks;
    }

    public IndexSearcher Searcher { get; }

    /// <summary>Programme id of each Lucene document number.</summary>
    public IReadOnlyList<string> IdsByDoc { get; }

    /// <summary>Each Lucene document's place among the ids in ordinal order (the export's table positions follow it).</summary>
    public IReadOnlyList<int> IdRankByDoc { get; }

    /// <summary>Builds the index in memory (site build, tests).</summary>
    public static SearchIndex InMemory(ContentSet content)
    {
        var directory = new RAMDirectory();
        IndexBuilder.Build(content, directory);
        return new SearchIndex(directory);
    }

    /// <summary>Written into an index folder before anything else, so only a folder SiteGen made is ever written into again.</summary>
    public const string MarkerName = ".sitegen-search-index";

    /// <summary>Why <paramref name="indexDir"/> cannot hold the index (a file, or a folder of other files), or null.</summary>
    public static string? FolderProblem(string indexDir)
    {
        if (File.Exists(indexDir)) return $"--index {indexDir} is a file; give a folder for the search index";
        if (!System.IO.Directory.Exists(indexDir) || !System.IO.Directory.EnumerateFileSystemEntries(indexDir).Any()) return null;
        if (File.Exists(Path.Combine(indexDir, MarkerName)) || File.Exists(Path.Combine(indexDir, IndexFingerprint.FileName))) return null;
        return $"--index {indexDir} already holds files that are not a SiteGen search index; give an empty or new folder";
    }

    /// <summary>
    /// Opens the index in <paramref name="indexDir"/> when its fingerprint says it was built from this
    /// content; otherwise rebuilds it there first. Opening skips loading the dictionary entirely.
    /// </summary>
    public static SearchIndex OpenOrBuild(ContentSet content, string indexDir)
    {
        var fingerprint = IndexFingerprint.Of(content);
        var fingerprintPath = Path.Combine(indexDir, IndexFingerprint.FileName);
        var directory = FSDirectory.Open(indexDir);
        var current = File.Exists(fingerprintPath) && File.ReadAllText(fingerprintPath).Trim() == fingerprint
            && DirectoryReader.IndexExists(directory);
        if (!current)
        {
            System.IO.Directory.CreateDirectory(indexDir);
            File.WriteAllText(Path.Combine(indexDir, MarkerName), "A search index written by SiteGen; it is rebuilt when the content changes.\n");
            if (File.Exists(fingerprintPath)) File.Delete(fingerprintPath);
            IndexBuilder.Build(content, directory);
            // Written last: an interrupted build leaves no fingerprint and is redone next time.
            File.WriteAllText(fingerprintPath, fingerprint + "\n");
        }
        return new SearchIndex(directory);
    }

    /// <summary>All terms of the given fields, distinct, in ordinal order.</summary>
    public IReadOnlyList<string> Terms(IEnumerable<SearchField> fields)
    {
        var terms = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            var fieldTerms = MultiFields.GetTerms(_reader, field.Name);
            if (fieldTerms is null) continue;
            var e = fieldTerms.GetEnumerator();
            while (e.MoveNext()) terms.Add(e.Term.Utf8ToString());
        }
        return terms.ToList();
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }
}

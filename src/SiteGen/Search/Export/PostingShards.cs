using SiteGen.FileSystem;
using System.Text.Json;
using SiteGen.Search.Analysis;
using SiteGen.Search.Indexing;
using SiteGen.Search.Querying;
using SiteGen.Concurrency;

namespace SiteGen.Search.Export;

/// <summary>
/// The postings of every key a query can look up (index words, bigrams, pinyin forms as their words, synonym
/// groups, the age intervals' covering conditions), scored by <see cref="TermScores"/> and written as <c>shards/NNN.js</c>, each shard's keys in ordinal order.
/// A key matching more programmes than <see cref="PostingHeads.Size"/> has only its head there, and is named in the
/// shard's <c>"+"</c> list. The rest of its list, its tail, is cut by table position into blocks of <see cref="TailBlock"/>
/// programmes and written as <c>tail/BBB-NNN.js</c> (block, then shard within the block): a query about a place loads
/// the pieces of the blocks its place's programmes are in, so what it downloads grows with the place, not the site.
/// Keys are scored in ordinal order, so each field's term enumerator moves forward through its terms rather than
/// jumping; the sorted list is cut into one run per core, and every shard gathers its keys' serialized postings
/// from the runs in order. Only the serialized postings are held, never the scores of the whole index.
/// </summary>
public sealed class PostingShards
{
    /// <summary>Target size of one shard before it is split further; a query loads one shard per term.</summary>
    private const int ShardTargetBytes = 3 * 1024;

    /// <summary>
    /// At most this many files of either kind. A query loads a shard per clause, so shards stay near the target size
    /// up to a site of several hundred thousand programmes (about 30,000 head shards at 100,000).
    /// </summary>
    private const int MaxShards = 65536;

    private readonly List<PostingKey> _keys;
    private readonly TermScores _scores;
    private readonly PostingHeads _heads;
    private readonly IReadOnlyList<int> _idRankOfDoc;

    /// <summary>Programmes per block of tails: a county's list (about 80 programmes) falls in one or two.</summary>
    public const int DefaultTailBlock = 256;

    /// <summary>Target size of one tail piece: a block's tails are cut into pieces by key.</summary>
    private const int TailTargetBytes = 6 * 1024;

    /// <param name="tailBlock">Table positions per block of tails (<see cref="DefaultTailBlock"/>; smaller in tests).</param>
    public PostingShards(SearchIndex index, IReadOnlyList<string> vocabulary, PinyinWords pinyin, SynonymTable synonyms,
        IReadOnlyList<(int From, IReadOnlyList<string> Terms)> ages, TermScores scores, PostingHeads heads, int tailBlock = DefaultTailBlock)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(tailBlock, 1);
        TailBlock = tailBlock;
        _scores = scores;
        _heads = heads;
        _idRankOfDoc = index.IdRankByDoc;
        _keys = Keys(index, vocabulary, pinyin, synonyms, ages);
        ShardCount = CountFor(_keys.Select(k => Math.Min(k.MaxPostings, heads.Size)), _keys);
        // The tails are spread over the blocks about evenly: each block has as many pieces as keep its average near the target.
        var blocks = Math.Max(1, (index.IdsByDoc.Count + tailBlock - 1) / tailBlock);
        var cutKeys = _keys.Where(k => k.MaxPostings > heads.Size).ToList();
        // Any count will do for a modulus; a power of two would double the pieces of a large site for nothing.
        var blockBytes = cutKeys.Sum(k => (long)k.Key.Length * 3 + 8 + (k.MaxPostings - heads.Size) * 12L) / blocks;
        TailCount = (int)Math.Clamp((blockBytes + TailTargetBytes - 1) / TailTargetBytes, 1, MaxShards);
    }

    /// <summary>How many <c>shards/</c> files there are.</summary>
    public int ShardCount { get; }

    /// <summary>How many tail pieces each block has (1 when no key is cut, though none is written).</summary>
    public int TailCount { get; }

    /// <summary>Table positions per block of tails.</summary>
    public int TailBlock { get; }

    /// <param name="positionOf">The position of a Lucene document in the exported programme table, or -1 when it is not exported.</param>
    /// <param name="programmes">How many programmes the table holds (the number of blocks of tails follows from it).</param>
    public void Write(IFileWriter files, string root, int[] positionOf, int programmes)
    {
        var runs = Math.Max(1, Math.Min(Environment.ProcessorCount, _keys.Count / 64));
        var pieces = InParallel.Map(Enumerable.Range(0, runs).ToList(), run =>
        {
            var heads = new List<Head>();
            var tails = new List<Tail>();
            for (var k = _keys.Count * run / runs; k < _keys.Count * (run + 1) / runs; k++)
            {
                var key = _keys[k];
                var scores = key.Scores(_scores);
                var inHead = _heads.Cuts(scores) ? _heads.Head(scores, _idRankOfDoc).ToHashSet() : null;
                var postings = Positions(inHead is null ? scores : scores.Where(inHead.Contains), positionOf);
                if (postings.Count == 0) continue;
                heads.Add(new Head(ShardHash.ShardOf(key.Key, ShardCount), key.Key, inHead is not null, Serialize(key.Key, postings)));
                if (inHead is not null) tails.Add(TailOf(key.Key, Positions(scores.Where(i => !inHead.Contains(i)), positionOf)));
            }
            return (heads, tails);
        });
        // Every shard is written, an empty one too: the page asks for the shard of any key a query makes.
        var headsOf = pieces.SelectMany(p => p.heads).ToLookup(p => p.Shard);
        InParallel.ForEach(Enumerable.Range(0, ShardCount).ToList(), index =>
        {
            var shard = headsOf[index];
            var name = StaticIndexExporter.ShardName(index);
            // A shard names its cut keys first: their lists here are heads (PostingHeads).
            var cut = shard.Where(p => p.Cut).Select(p => p.Key).ToList();
            WriteObject(files, Path.Combine(root, "shards", name + ".js"), "shard", name,
                (cut.Count > 0 ? [CutList(cut)] : Enumerable.Empty<ReadOnlyMemory<byte>>()).Concat(shard.Select(p => (ReadOnlyMemory<byte>)p.Json)));
        });
        // A tail piece gathers, for one block, the entries of the keys of one shard; the keys' order is the heads'. With
        // any key cut, every piece of every block is written, empty ones too, as the page asks for them by name.
        var tails = pieces.SelectMany(p => p.tails).ToLookup(t => ShardHash.ShardOf(t.Key, TailCount));
        if (tails.Count == 0) return;
        var blocks = (programmes + TailBlock - 1) / TailBlock;
        InParallel.ForEach(Enumerable.Range(0, TailCount).ToList(), index =>
        {
            var entries = tails[index].SelectMany(t => t.Blocks.Select(b => (b.Block, Entry: (ReadOnlyMemory<byte>)t.Json.AsMemory(b.Start, b.Length)))).ToLookup(e => e.Block, e => e.Entry);
            for (var block = 0; block < blocks; block++)
            {
                var name = TailName(block, index);
                WriteObject(files, Path.Combine(root, "tail", name + ".js"), "tail", name, entries[block]);
            }
        });
    }

    /// <summary>A key's head as its shard writes it.</summary>
    private sealed record Head(int Shard, string Key, bool Cut, byte[] Json);

    /// <summary>A cut key's tail: one buffer of <c>"key":[…]</c> entries, one per block, and where each block's is.</summary>
    private sealed record Tail(string Key, byte[] Json, IReadOnlyList<(int Block, int Start, int Length)> Blocks);

    private Tail TailOf(string key, IReadOnlyList<(int Position, double Score)> postings)
    {
        using var buffer = new MemoryStream();
        var blocks = new List<(int Block, int Start, int Length)>();
        foreach (var block in postings.GroupBy(p => p.Position / TailBlock))
        {
            var start = (int)buffer.Length;
            buffer.Write(Serialize(key, block.ToList()));
            blocks.Add((block.Key, start, (int)buffer.Length - start));
        }
        return new Tail(key, buffer.ToArray(), blocks);
    }

    /// <summary>A piece whose data is the object of the given properties, in order.</summary>
    private static void WriteObject(IFileWriter files, string path, string kind, string name, IEnumerable<ReadOnlyMemory<byte>> properties) =>
        JsPayload.WriteRaw(files, path, kind, name, stream =>
        {
            stream.WriteByte((byte)'{');
            var first = true;
            foreach (var property in properties)
            {
                if (!first) stream.WriteByte((byte)',');
                stream.Write(property.Span);
                first = false;
            }
            stream.WriteByte((byte)'}');
        });

    /// <summary>A tail piece's name: its block, then its shard within the block (search.js: tailName).</summary>
    public static string TailName(int block, int shard) => StaticIndexExporter.ShardName(block) + "-" + StaticIndexExporter.ShardName(shard);

    /// <summary><c>"+":["key",…]</c>, the property alone.</summary>
    private static byte[] CutList(IReadOnlyList<string> keys)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, JsPayload.Options))
        {
            json.WriteStartObject();
            json.WriteStartArray("+");
            foreach (var key in keys) json.WriteStringValue(key);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return stream.GetBuffer().AsSpan(1, (int)stream.Length - 2).ToArray();
    }

    /// <summary>The exported programmes among the scores, by table position, positions ascending.</summary>
    private static List<(int Position, double Score)> Positions(ClauseScores scores, int[] positionOf)
    {
        var postings = new List<(int Position, double Score)>(scores.Count);
        for (var i = 0; i < scores.Count; i++)
            if (positionOf[scores.Docs[i]] is var position and >= 0) postings.Add((position, scores.Scores[i]));
        postings.Sort((a, b) => a.Position.CompareTo(b.Position));
        return postings;
    }

    /// <summary>One key's <c>"key":[position,score,…]</c>, the property alone.</summary>
    private static byte[] Serialize(string key, IReadOnlyList<(int Position, double Score)> postings)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, JsPayload.Options))
        {
            json.WriteStartObject();
            json.WriteStartArray(key);
            foreach (var (position, score) in postings)
            {
                json.WriteNumberValue(position);
                JsPayload.WriteNumber(json, score);
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        // The property alone, without the braces of the object it was written in.
        return stream.GetBuffer().AsSpan(1, (int)stream.Length - 2).ToArray();
    }

    /// <summary>A key, how many programmes it may list at most (for sizing shards), and how to score it.</summary>
    private sealed record PostingKey(string Key, long MaxPostings, Func<TermScores, ClauseScores> Scores);

    private static List<PostingKey> Keys(SearchIndex index, IReadOnlyList<string> vocabulary, PinyinWords pinyin, SynonymTable synonyms,
        IReadOnlyList<(int From, IReadOnlyList<string> Terms)> ages)
    {
        var keys = new List<PostingKey>();
        var words = new DocumentFrequencies(index, SearchFields.Word);
        var grams = new DocumentFrequencies(index, [SearchFields.Gram]);
        long Words(IEnumerable<string> terms) => words.Of(terms);
        foreach (var term in vocabulary)
            keys.Add(new(QueryClause.Key(ClauseKind.Word, term), Words([term]), s => s.Word(term)));
        foreach (var gram in index.Terms([SearchFields.Gram]))
            keys.Add(new(QueryClause.Key(ClauseKind.Gram, gram), grams.Of([gram]), s => s.Gram(gram)));
        foreach (var (form, terms) in pinyin.All)
            keys.Add(new(QueryClause.Key(ClauseKind.Pinyin, form), Words(terms), s => s.Words(terms)));
        foreach (var word in synonyms.Words)
        {
            IReadOnlyList<string> group = [word, .. synonyms.VariantsOf(word)];
            var most = Words(group);
            if (most > 0) keys.Add(new(QueryClause.SynonymKey(word), most, s => s.Words(group)));
        }
        var conditions = new DocumentFrequencies(index, [SearchFields.Age]);
        foreach (var terms in ages.Select(a => a.Terms).Where(t => t.Count > 0).DistinctBy(QueryClause.AgeKey))
            keys.Add(new(QueryClause.AgeKey(terms), conditions.Of(terms), s => s.Age(terms)));
        keys.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        return keys;
    }

    private static int CountFor(IEnumerable<long> postings, IEnumerable<PostingKey> keys) =>
        // Rough serialized size: the key, and about a dozen bytes per posting (a term in several fields of one
        // programme is counted once per field, so this errs towards more, smaller shards).
        CountFor(keys.Sum(k => (long)k.Key.Length * 3 + 8) + postings.Sum() * 12L, ShardTargetBytes);

    private static int CountFor(long bytes, int target)
    {
        var count = 1;
        while (count < MaxShards && bytes / count > target) count *= 2;
        return count;
    }
}

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
/// shard's <c>"+"</c> list; the rest of its list, its tail, is in <c>tail/NNN.js</c>, which only a query about a place loads.
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

    public PostingShards(SearchIndex index, IReadOnlyList<string> vocabulary, PinyinWords pinyin, SynonymTable synonyms,
        IReadOnlyList<(int From, IReadOnlyList<string> Terms)> ages, TermScores scores, PostingHeads heads)
    {
        _scores = scores;
        _heads = heads;
        _idRankOfDoc = index.IdRankByDoc;
        _keys = Keys(index, vocabulary, pinyin, synonyms, ages);
        ShardCount = CountFor(_keys.Select(k => Math.Min(k.MaxPostings, heads.Size)), _keys);
        TailCount = CountFor(_keys.Select(k => Math.Max(0, k.MaxPostings - heads.Size)), _keys.Where(k => k.MaxPostings > heads.Size));
    }

    /// <summary>How many <c>shards/</c> files there are.</summary>
    public int ShardCount { get; }

    /// <summary>How many <c>tail/</c> files there are (1 when no key is cut, though none is written).</summary>
    public int TailCount { get; }

    /// <param name="positionOf">The position of a Lucene document in the exported programme table, or -1 when it is not exported.</param>
    public void Write(string root, int[] positionOf)
    {
        var runs = Math.Max(1, Math.Min(Environment.ProcessorCount, _keys.Count / 64));
        var pieces = InParallel.Map(Enumerable.Range(0, runs).ToList(), run =>
        {
            var found = new List<(bool Tail, int Shard, string Key, bool Cut, byte[] Json)>();
            for (var k = _keys.Count * run / runs; k < _keys.Count * (run + 1) / runs; k++)
            {
                var key = _keys[k];
                var scores = key.Scores(_scores);
                var cut = _heads.Cuts(scores);
                var inHead = cut ? _heads.Head(scores, _idRankOfDoc).ToHashSet() : null;
                var head = inHead is null ? scores : Subset(scores, i => inHead.Contains(i));
                if (Serialize(key.Key, head, positionOf) is not { } postings) continue;
                found.Add((false, ShardHash.ShardOf(key.Key, ShardCount), key.Key, cut, postings));
                if (inHead is not null && Serialize(key.Key, Subset(scores, i => !inHead.Contains(i)), positionOf) is { } tail)
                    found.Add((true, ShardHash.ShardOf(key.Key, TailCount), key.Key, true, tail));
            }
            return found;
        });
        var byShard = pieces.SelectMany(p => p).GroupBy(p => (p.Tail, p.Shard)).ToList();
        InParallel.ForEach(byShard, shard =>
        {
            var name = StaticIndexExporter.ShardName(shard.Key.Shard);
            var (folder, kind) = shard.Key.Tail ? ("tail", "tail") : ("shards", "shard");
            JsPayload.WriteRaw(Path.Combine(root, folder, name + ".js"), kind, name, stream =>
            {
                stream.WriteByte((byte)'{');
                // A shard names its cut keys first: their lists here are heads (PostingHeads).
                var cut = shard.Key.Tail ? new List<string>() : shard.Where(p => p.Cut).Select(p => p.Key).ToList();
                if (cut.Count > 0) stream.Write(CutList(cut));
                var first = cut.Count == 0;
                foreach (var (_, _, _, _, json) in shard)
                {
                    if (!first) stream.WriteByte((byte)',');
                    stream.Write(json);
                    first = false;
                }
                stream.WriteByte((byte)'}');
            });
        });
    }

    /// <summary>The entries of <paramref name="scores"/> whose index is <paramref name="taken"/>, in document order.</summary>
    private static ClauseScores Subset(ClauseScores scores, Func<int, bool> taken)
    {
        var at = Enumerable.Range(0, scores.Count).Where(taken).ToArray();
        return new ClauseScores(at.Select(i => scores.Docs[i]).ToArray(), at.Select(i => scores.Scores[i]).ToArray());
    }

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

    /// <summary>One key's <c>"key":[position,score,…]</c>, positions ascending; null when it lists no exported programme.</summary>
    private static byte[]? Serialize(string key, ClauseScores scores, int[] positionOf)
    {
        var postings = new List<(int Position, double Score)>(scores.Count);
        for (var i = 0; i < scores.Count; i++)
            if (positionOf[scores.Docs[i]] is var position and >= 0) postings.Add((position, scores.Scores[i]));
        if (postings.Count == 0) return null;
        postings.Sort((a, b) => a.Position.CompareTo(b.Position));
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

    private static int CountFor(IEnumerable<long> postings, IEnumerable<PostingKey> keys)
    {
        // Rough serialized size: the key, and about a dozen bytes per posting (a term in several fields of one
        // programme is counted once per field, so this errs towards more, smaller shards).
        var bytes = keys.Sum(k => (long)k.Key.Length * 3 + 8) + postings.Sum() * 12L;
        var count = 1;
        while (count < MaxShards && bytes / count > ShardTargetBytes) count *= 2;
        return count;
    }
}

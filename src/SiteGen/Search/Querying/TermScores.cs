using Lucene.Net.Index;
using Lucene.Net.Search;
using SiteGen.Search.Analysis;
using SiteGen.Search.Indexing;

namespace SiteGen.Search.Querying;

/// <summary>
/// The score a query clause contributes to each programme: BM25F over the clause's fields. A
/// term's frequencies in the fields, each times the field boost and normalised by the field's length,
/// are added into one frequency, which saturates once (k1 = 1.2, b = 0.75); a word and its synonyms
/// add into the same frequency (one concept). The IDF is the clause's: from the number of programmes
/// it matches at all. So a word found in many fields of a programme cannot outweigh a rarer word
/// the caller also used, and a rare synonym weighs as the concept it names. Word clauses use the
/// word fields, bigrams the bigram field. Scores are rounded to 4 decimals. Both the CLI and the
/// static export use these numbers, so the browser (which only adds them up) ranks exactly alike.
/// </summary>
public sealed class TermScores(SearchIndex index) : IDisposable
{
    public const int Decimals = 4;
    private const double K1 = 1.2;
    private const double B = 0.75;

    // Per field: its average length and each leaf's norms, looked up once rather than once per term
    // (the export scores every term of the index). Lucene's readers are safe to share between threads.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, FieldStatistics> _fields = new(StringComparer.Ordinal);
    private readonly ThreadLocal<TermCursors> _cursors = new(() => new TermCursors(index.Searcher.IndexReader));

    /// <summary>Scores of a clause.</summary>
    public ClauseScores Of(QueryClause clause) => clause.Kind switch
    {
        ClauseKind.Gram => Gram(clause.Terms[0]),
        ClauseKind.Pinyin => Words(clause.Terms.Skip(1).ToList()),
        ClauseKind.Age => Age(clause.Terms),
        _ => Words(clause.Terms),
    };

    /// <summary>Scores of a single word over the word fields.</summary>
    public ClauseScores Word(string term) => Words([term]);

    /// <summary>Scores of a bigram over the bigram field.</summary>
    public ClauseScores Gram(string gram) => Score([[SearchFields.Gram]], [gram]);

    /// <summary>
    /// Scores of a stated age: per programme, the best of its covering conditions, each scored alone over the
    /// age field without length normalisation (a programme listing many age bands is no less about each) and
    /// weighed by how narrow it is (<see cref="AgeRange.Specificity"/>). For a caller of 102,
    /// 100周岁及以上 thus says more than 60周岁以上, and 子女年满10周岁, rare as it is, next to nothing; a
    /// programme naming several covering bands gains no more than the most telling one.
    /// </summary>
    public ClauseScores Age(IReadOnlyList<string> terms)
    {
        var best = new SortedDictionary<int, double>();
        foreach (var term in terms)
        {
            var weight = AgeRange.FromTerm(term)?.Specificity ?? 0;
            var scores = Score([[SearchFields.Age]], [term], lengthWeight: 0);
            for (var i = 0; i < scores.Count; i++)
            {
                var score = Math.Round(scores.Scores[i] * weight, Decimals, MidpointRounding.AwayFromZero);
                if (score > best.GetValueOrDefault(scores.Docs[i])) best[scores.Docs[i]] = score;
            }
        }
        return best.Count == 0 ? ClauseScores.None : new ClauseScores(best.Keys.ToArray(), best.Values.ToArray());
    }

    /// <summary>Scores of a word and its synonyms over the word fields.</summary>
    public ClauseScores Words(IReadOnlyList<string> terms) => Score(SearchFields.WordGroups, terms);

    private ClauseScores Score(IReadOnlyList<IReadOnlyList<SearchField>> groups, IReadOnlyList<string> terms, double lengthWeight = B)
    {
        var frequencies = groups.Select(g => Frequencies(g, terms, lengthWeight)).ToList();
        var matched = new SortedSet<int>();
        foreach (var frequency in frequencies) matched.UnionWith(frequency.Keys);
        if (matched.Count == 0) return ClauseScores.None;
        var idf = Math.Log(1 + (index.Searcher.IndexReader.MaxDoc - matched.Count + 0.5) / (matched.Count + 0.5));
        var docs = matched.ToArray();
        var scores = new double[docs.Length];
        // Group by group, as search.js and the CLI always added them, so the doubles come out identical.
        foreach (var frequency in frequencies)
            for (var i = 0; i < docs.Length; i++)
                if (frequency.TryGetValue(docs[i], out var f)) scores[i] += idf * f * (K1 + 1) / (f + K1);
        for (var i = 0; i < scores.Length; i++) scores[i] = Math.Round(scores[i], Decimals, MidpointRounding.AwayFromZero);
        // A score that rounds to nothing is no match, on either side.
        return new ClauseScores(docs, scores).Where(i => scores[i] > 0);
    }

    /// <summary>Per programme that holds a term, the terms' frequencies in the fields, times the field boosts, over the field lengths.</summary>
    private Dictionary<int, double> Frequencies(IReadOnlyList<SearchField> fields, IReadOnlyList<string> terms, double lengthWeight)
    {
        var frequency = new Dictionary<int, double>();
        var cursors = _cursors.Value!;
        foreach (var field in fields)
        {
            var statistics = _fields.GetOrAdd(field.Name, name => FieldStatistics.Of(index.Searcher, name));
            if (statistics.DocCount <= 0) continue;
            for (var l = 0; l < cursors.LeafCount; l++)
            {
                var leaf = cursors.Leaf(l);
                var norms = statistics.Norms[l];
                foreach (var term in terms)
                {
                    var docs = cursors.Seek(l, field.Name, term)?.Docs(leaf.AtomicReader.LiveDocs, null, DocsFlags.FREQS);
                    if (docs is null) continue;
                    int doc;
                    while ((doc = docs.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
                    {
                        var length = norms is null ? statistics.Average : FieldLengths.Instance.Decode(norms.Get(doc));
                        var at = leaf.DocBase + doc;
                        frequency[at] = frequency.GetValueOrDefault(at) + field.Boost * docs.Freq / (1 - lengthWeight + lengthWeight * length / statistics.Average);
                    }
                }
            }
        }
        return frequency;
    }

    private sealed record FieldStatistics(long DocCount, double Average, IReadOnlyList<NumericDocValues?> Norms)
    {
        public static FieldStatistics Of(IndexSearcher searcher, string field)
        {
            var stats = searcher.CollectionStatistics(field);
            var average = stats.SumTotalTermFreq > 0 && stats.DocCount > 0 ? stats.SumTotalTermFreq / (double)stats.DocCount : 1.0;
            return new FieldStatistics(stats.DocCount, average, searcher.IndexReader.Leaves.Select(l => l.AtomicReader.GetNormValues(field)).ToList());
        }
    }

    public void Dispose() => _cursors.Dispose();
}

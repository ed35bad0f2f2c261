using Lucene.Net.Index;
using Lucene.Net.Search;
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
public sealed class TermScores(SearchIndex index)
{
    public const int Decimals = 4;
    private const double K1 = 1.2;
    private const double B = 0.75;

    /// <summary>Scores of a clause, by Lucene document number (0 where absent).</summary>
    public double[] Of(QueryClause clause) => clause.Kind switch
    {
        ClauseKind.Gram => Gram(clause.Terms[0]),
        ClauseKind.Pinyin => Words(clause.Terms.Skip(1).ToList()),
        _ => Words(clause.Terms),
    };

    /// <summary>Scores of a single word over the word fields.</summary>
    public double[] Word(string term) => Words([term]);

    /// <summary>Scores of a bigram over the bigram field.</summary>
    public double[] Gram(string gram) => Score([[SearchFields.Gram]], [gram]);

    /// <summary>Scores of a word and its synonyms over the word fields.</summary>
    public double[] Words(IReadOnlyList<string> terms) => Score(SearchFields.WordGroups, terms);

    private double[] Score(IReadOnlyList<IReadOnlyList<SearchField>> groups, IReadOnlyList<string> terms)
    {
        var frequencies = groups.Select(g => Frequencies(g, terms)).ToList();
        var count = index.IdsByDoc.Count;
        var matched = Enumerable.Range(0, count).Count(d => frequencies.Any(f => f[d] > 0));
        var idf = Math.Log(1 + (index.Searcher.IndexReader.MaxDoc - matched + 0.5) / (matched + 0.5));
        var scores = new double[count];
        foreach (var frequency in frequencies)
            for (var d = 0; d < count; d++)
                if (frequency[d] > 0) scores[d] += idf * frequency[d] * (K1 + 1) / (frequency[d] + K1);
        for (var d = 0; d < count; d++) scores[d] = Math.Round(scores[d], Decimals, MidpointRounding.AwayFromZero);
        return scores;
    }

    /// <summary>Per programme, the terms' frequencies in the fields, times the field boosts, over the field lengths.</summary>
    private double[] Frequencies(IReadOnlyList<SearchField> fields, IReadOnlyList<string> terms)
    {
        var searcher = index.Searcher;
        var frequency = new double[index.IdsByDoc.Count];
        foreach (var field in fields)
        {
            var stats = searcher.CollectionStatistics(field.Name);
            if (stats.DocCount <= 0) continue;
            var average = stats.SumTotalTermFreq > 0 ? stats.SumTotalTermFreq / (double)stats.DocCount : 1.0;
            foreach (var leaf in searcher.IndexReader.Leaves)
            {
                var norms = leaf.AtomicReader.GetNormValues(field.Name);
                foreach (var term in terms)
                {
                    var docs = leaf.AtomicReader.GetTermDocsEnum(new Term(field.Name, term));
                    if (docs is null) continue;
                    int doc;
                    while ((doc = docs.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
                    {
                        var length = norms is null ? average : FieldLengths.Instance.Decode(norms.Get(doc));
                        frequency[leaf.DocBase + doc] += field.Boost * docs.Freq / (1 - B + B * length / average);
                    }
                }
            }
        }
        return frequency;
    }
}

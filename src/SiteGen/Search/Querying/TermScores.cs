using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using SiteGen.Search.Indexing;

namespace SiteGen.Search.Querying;

/// <summary>
/// The score a query clause contributes to each programme: Lucene's BM25 score of the term in each
/// field, times the field boost, added in the fixed field order, rounded to 4 decimals. A word with
/// synonyms scores the best of its terms, each weighed with the IDF of the group's most common
/// term in that field (<see cref="BlendedIdfSimilarity"/>). Both the CLI and the static export use
/// these numbers, so the browser (which only adds them up) ranks exactly alike.
/// </summary>
public sealed class TermScores(SearchIndex index)
{
    public const int Decimals = 4;

    /// <summary>Scores of a clause, by Lucene document number (0 where absent).</summary>
    public double[] Of(QueryClause clause) =>
        clause.IsGram ? Gram(clause.Terms[0]) : clause.HasSynonyms ? Synonyms(clause.Terms) : Word(clause.Terms[0]);

    /// <summary>Scores of a word term over the word fields.</summary>
    public double[] Word(string term) => Round(Score(SearchFields.Word, term, _ => index.Searcher));

    /// <summary>Scores of a bigram over the bigram field.</summary>
    public double[] Gram(string gram) => Round(Score([SearchFields.Gram], gram, _ => index.Searcher));

    /// <summary>Scores of a word and its synonyms: per programme the best term, all weighed as the most common one.</summary>
    public double[] Synonyms(IReadOnlyList<string> terms)
    {
        var reader = index.Searcher.IndexReader;
        var searchers = new Dictionary<string, IndexSearcher>(StringComparer.Ordinal);
        foreach (var field in SearchFields.Word)
        {
            long docFreq = terms.Max(t => reader.DocFreq(new Term(field.Name, t)));
            searchers[field.Name] = new IndexSearcher(reader) { Similarity = new BlendedIdfSimilarity(docFreq) };
        }
        var best = new double[index.IdsByDoc.Count];
        foreach (var term in terms)
        {
            var scores = Round(Score(SearchFields.Word, term, f => searchers[f.Name]));
            for (var d = 0; d < best.Length; d++) if (scores[d] > best[d]) best[d] = scores[d];
        }
        return best;
    }

    private double[] Score(IReadOnlyList<SearchField> fields, string term, Func<SearchField, IndexSearcher> searcherOf)
    {
        var totals = new double[index.IdsByDoc.Count];
        foreach (var field in fields)
        {
            var searcher = searcherOf(field);
            var weight = searcher.CreateNormalizedWeight(new TermQuery(new Term(field.Name, term)) { Boost = field.Boost });
            foreach (var leaf in searcher.IndexReader.Leaves)
            {
                var scorer = weight.GetScorer(leaf, leaf.AtomicReader.LiveDocs);
                if (scorer is null) continue;
                int doc;
                while ((doc = scorer.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
                    totals[leaf.DocBase + doc] += scorer.GetScore();
            }
        }
        return totals;
    }

    private static double[] Round(double[] totals)
    {
        for (var i = 0; i < totals.Length; i++) totals[i] = Math.Round(totals[i], Decimals, MidpointRounding.AwayFromZero);
        return totals;
    }
}

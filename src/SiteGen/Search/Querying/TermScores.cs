using Lucene.Net.Index;
using Lucene.Net.Search;
using SiteGen.Search.Indexing;

namespace SiteGen.Search.Querying;

/// <summary>
/// The score one term contributes to each programme: Lucene's BM25 score of the term in each field,
/// times the field boost, added in the fixed field order, rounded to 4 decimals. Both the CLI and
/// the static export use these numbers, so the browser (which only adds them up) ranks exactly alike.
/// </summary>
public sealed class TermScores(SearchIndex index)
{
    public const int Decimals = 4;

    /// <summary>Scores of a word term over the word fields, by Lucene document number (0 where absent).</summary>
    public double[] Word(string term) => Score(SearchFields.Word, term);

    /// <summary>Scores of a bigram over the bigram field.</summary>
    public double[] Gram(string gram) => Score([SearchFields.Gram], gram);

    private double[] Score(IReadOnlyList<SearchField> fields, string term)
    {
        var searcher = index.Searcher;
        var totals = new double[index.IdsByDoc.Count];
        foreach (var field in fields)
        {
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
        for (var i = 0; i < totals.Length; i++) totals[i] = Math.Round(totals[i], Decimals, MidpointRounding.AwayFromZero);
        return totals;
    }
}

using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;

namespace SiteGen.Search.Querying;

/// <summary>
/// BM25 whose IDF is computed from at least <paramref name="docFreq"/> documents: every word of a
/// synonym group is weighed as the group's most common word, so a rare synonym (津贴 for 补贴)
/// does not outweigh the words the caller actually chose (as Lucene's later SynonymQuery does).
/// </summary>
public sealed class BlendedIdfSimilarity(long docFreq) : BM25Similarity
{
    public override Lucene.Net.Search.Explanation IdfExplain(CollectionStatistics collectionStats, TermStatistics termStats) =>
        base.IdfExplain(collectionStats, new TermStatistics(termStats.Term, Math.Max(docFreq, termStats.DocFreq), termStats.TotalTermFreq));
}

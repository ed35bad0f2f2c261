namespace SiteGen.Search.Querying;

/// <summary>
/// How far a clause reaches outside the places a query is about. A clause that matches more than <see cref="Size"/>
/// programmes scores, outside the query's scope, only its best <see cref="Size"/> (by score, then id): its head.
/// Inside the scope (the programmes covering the region filter or a place the query names) it scores every
/// programme it matches. So what a question about no place downloads is bounded by the head, not by the number of
/// programmes that share a common word, while a question about a place is answered in full there. The CLI and the
/// browser export apply the same rule, so both rank alike. A site with no more than <see cref="Size"/> programmes
/// is not affected.
/// </summary>
public sealed record PostingHeads(int Size)
{
    /// <summary>
    /// About 2 KB of postings (a position of up to six digits and a score of four decimals, with their commas): a
    /// clause's share of a first query stays within what the shipped site's clauses take.
    /// </summary>
    public static readonly PostingHeads Default = new(160);

    /// <summary>True when the clause's head leaves programmes out.</summary>
    public bool Cuts(ClauseScores scores) => scores.Count > Size;

    /// <summary>The indices into <paramref name="scores"/> of its head, in no particular order: best score first, ties by id rank.</summary>
    public int[] Head(ClauseScores scores, IReadOnlyList<int> idRankOfDoc)
    {
        if (!Cuts(scores)) return Enumerable.Range(0, scores.Count).ToArray();
        // The worst of the kept comes out first: lowest score, then the id that sorts last.
        var kept = new PriorityQueue<int, (double Score, int Rank)>(Size + 1, Comparer<(double Score, int Rank)>.Create((a, b) =>
        {
            var byScore = a.Score.CompareTo(b.Score);
            return byScore != 0 ? byScore : b.Rank.CompareTo(a.Rank);
        }));
        for (var i = 0; i < scores.Count; i++)
        {
            kept.Enqueue(i, (scores.Scores[i], idRankOfDoc[scores.Docs[i]]));
            if (kept.Count > Size) kept.Dequeue();
        }
        return kept.UnorderedItems.Select(x => x.Element).ToArray();
    }

    /// <summary>The scores a query adds up: the head, and within the scope every score (all of them when nothing is cut).</summary>
    public ClauseScores Keep(ClauseScores scores, IReadOnlyList<int> idRankOfDoc, Func<int, bool>? inScope)
    {
        if (!Cuts(scores)) return scores;
        var kept = new bool[scores.Count];
        foreach (var i in Head(scores, idRankOfDoc)) kept[i] = true;
        if (inScope is not null)
            for (var i = 0; i < scores.Count; i++) kept[i] |= inScope(scores.Docs[i]);
        return scores.Where(i => kept[i]);
    }
}

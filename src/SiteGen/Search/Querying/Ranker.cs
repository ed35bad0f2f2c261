namespace SiteGen.Search.Querying;

/// <summary>
/// The ranking rule shared with search.js: for each clause in query order, a programme gains the
/// clause's precomputed score (<see cref="TermScores.Of"/>); programmes are ordered by total
/// score, then by id. Additions happen in the same order on both sides, so the double results are identical.
/// A programme scoring less than <see cref="Floor"/> of the best one is no result: such a match is a
/// bigram or a common word found by chance, and a count that includes them would mean nothing.
/// Results at or above <see cref="Close"/> of the best are the answer; those between the two are listed after
/// them, apart, as weaker matches: a programme that names the topic in passing, not one about it.
/// </summary>
public static class Ranker
{
    /// <summary>The share of the best total a result must reach (search.js: FLOOR).</summary>
    public const double Floor = 0.3;

    /// <summary>The share of the best total a result must reach to count as a close match (search.js: CLOSE).</summary>
    public const double Close = 0.5;

    /// <summary>Total score per document, given each clause's per-document scores.</summary>
    public static double[] Totals(IReadOnlyList<QueryClause> clauses, int documentCount, Func<QueryClause, ClauseScores> scoresOf)
    {
        var totals = new double[documentCount];
        foreach (var clause in clauses)
        {
            var scores = scoresOf(clause);
            for (var i = 0; i < scores.Count; i++) totals[scores.Docs[i]] += scores.Scores[i];
        }
        return totals;
    }

    /// <summary>
    /// Documents with a positive total at or above the floor that pass <paramref name="keep"/>, best first, ties by id.
    /// When the query names a place and a programme covering it (<paramref name="covering"/>) reaches the floor, only
    /// the programmes covering it are results, and the floor is taken from their best: a caller who says where they
    /// live is answered by that place's programmes. When none there reaches it, the place has no such programme
    /// (or was named by chance), and the best matches elsewhere are listed, each with its region.
    /// A query that names a place and nothing else lists every programme covering it, in id order.
    /// The close matches come first, so they are the first <see cref="Ranking.CloseCount"/> of the order.
    /// </summary>
    public static Ranking Order(double[] totals, IReadOnlyList<string> ids, Func<int, bool> keep, int top, Func<int, bool>? covering = null, bool placeOnly = false)
    {
        var passing = Enumerable.Range(0, totals.Length).Where(d => (totals[d] > 0 || (placeOnly && covering is not null && covering(d))) && keep(d)).ToList();
        var best = Best(totals, passing);
        if (covering is not null && passing.Any(d => covering(d) && totals[d] >= best * Floor))
        {
            passing = passing.Where(covering).ToList();
            best = Best(totals, passing);
        }
        var results = passing.Where(d => totals[d] >= best * Floor).ToList();
        var ordered = results
            .OrderByDescending(d => totals[d])
            .ThenBy(d => ids[d], StringComparer.Ordinal)
            .Take(top)
            .ToList();
        return new Ranking(ordered, results.Count, results.Count(d => totals[d] >= best * Close));
    }

    private static double Best(double[] totals, List<int> docs) => docs.Count == 0 ? 0 : docs.Max(d => totals[d]);
}

namespace SiteGen.Search.Querying;

/// <summary>
/// The ranking rule shared with search.js: for each clause in query order, a programme gains the
/// clause's precomputed score (<see cref="TermScores.Of"/>); programmes are ordered by total
/// score, then by id. Additions happen in the same order on both sides, so the double results are identical.
/// A programme scoring less than <see cref="Floor"/> of the best one is no result: such a match is a
/// bigram or a common word found by chance, and a count that includes them would mean nothing.
/// </summary>
public static class Ranker
{
    /// <summary>The share of the best total a result must reach (search.js: FLOOR).</summary>
    public const double Floor = 0.3;

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
    /// Documents with a positive total at or above the floor that pass <paramref name="keep"/>: those
    /// <paramref name="preferred"/> (covering a place the query names) first, then best first, ties by id.
    /// A query that names a place and nothing else lists every programme covering it, in id order.
    /// </summary>
    public static IReadOnlyList<int> Order(double[] totals, IReadOnlyList<string> ids, Func<int, bool> keep, int top, Func<int, bool>? preferred = null, bool placeOnly = false)
    {
        var passing = Enumerable.Range(0, totals.Length).Where(d => (totals[d] > 0 || (placeOnly && preferred is not null && preferred(d))) && keep(d)).ToList();
        var floor = passing.Count == 0 ? 0 : passing.Max(d => totals[d]) * Floor;
        return passing
            .Where(d => totals[d] >= floor)
            .OrderByDescending(d => preferred is not null && preferred(d))
            .ThenByDescending(d => totals[d])
            .ThenBy(d => ids[d], StringComparer.Ordinal)
            .Take(top)
            .ToList();
    }
}

namespace SiteGen.Search.Querying;

/// <summary>
/// The ranking rule shared with search.js: for each clause in query order, a programme gains the
/// clause's precomputed score (<see cref="TermScores.Of"/>); programmes are ordered by total
/// score, then by id. Additions happen in the same order on both sides, so the double results are identical.
/// </summary>
public static class Ranker
{
    /// <summary>Total score per document, given each clause's per-document scores.</summary>
    public static double[] Totals(IReadOnlyList<QueryClause> clauses, int documentCount, Func<QueryClause, double[]> scoresOf)
    {
        var totals = new double[documentCount];
        foreach (var clause in clauses)
        {
            var scores = scoresOf(clause);
            for (var d = 0; d < documentCount; d++) if (scores[d] > 0) totals[d] += scores[d];
        }
        return totals;
    }

    /// <summary>Documents with a positive total that pass <paramref name="keep"/>, best first, ties by id.</summary>
    public static IReadOnlyList<int> Order(double[] totals, IReadOnlyList<string> ids, Func<int, bool> keep, int top) =>
        Enumerable.Range(0, totals.Length)
            .Where(d => totals[d] > 0 && keep(d))
            .OrderByDescending(d => totals[d])
            .ThenBy(d => ids[d], StringComparer.Ordinal)
            .Take(top)
            .ToList();
}

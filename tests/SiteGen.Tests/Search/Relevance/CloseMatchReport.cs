using System.Globalization;
using SiteGen.Search.Querying;

namespace SiteGen.Tests.Search.Relevance;

/// <summary>
/// How many close matches (<see cref="Ranker.Close"/>) and results in all a question set's questions get, and how many
/// of the expected programmes in a top ten are listed apart, among the weaker matches. Totals only, so a held-out set
/// may show it.
/// </summary>
public sealed record CloseMatchReport(int CloseMedian, int CloseP90, int CloseMax, double ResultsMean, int ExpectedInTopTen, int ExpectedApart)
{
    public static CloseMatchReport Evaluate(IReadOnlyList<RelevanceQuestion> questions, Func<string, SearchFilters, SearchAnswer> answer)
    {
        var close = new List<int>();
        var results = new List<int>();
        int found = 0, apart = 0;
        foreach (var q in questions)
        {
            var a = answer(q.Q, new SearchFilters(q.Region, q.DeptType, q.Audience));
            close.Add(a.CloseCount);
            results.Add(a.Count);
            var expected = a.Hits.Take(10).Where(h => q.Expect.Contains(h.Id)).ToList();
            found += expected.Count;
            apart += expected.Count(h => !h.Close);
        }
        close.Sort();
        return close.Count == 0 ? new(0, 0, 0, 0, 0, 0)
            : new(close[close.Count / 2], close[(close.Count - 1) * 9 / 10], close[^1], results.Average(), found, apart);
    }

    public string Totals(string name) => string.Create(CultureInfo.InvariantCulture,
        $"{name}: close matches per question median {CloseMedian}, p90 {CloseP90}, max {CloseMax}; results per question mean {ResultsMean:F1}; expected programmes in a top ten {ExpectedInTopTen}, of them among the weaker matches {ExpectedApart}");
}

using System.Globalization;
using System.Text;
using SiteGen.Search.Querying;

namespace SiteGen.Tests.Search.Relevance;

/// <summary>MRR@10, recall@5, recall@10 and zero-result rate of one search path over a question set.</summary>
public sealed record RelevanceReport(double Mrr10, double Recall5, double Recall10, double ZeroResultRate, IReadOnlyList<(RelevanceQuestion Question, IReadOnlyList<string> Top)> Answers)
{
    public static RelevanceReport Evaluate(IReadOnlyList<RelevanceQuestion> questions, Func<string, SearchFilters, IReadOnlyList<string>> search)
    {
        var answers = new List<(RelevanceQuestion, IReadOnlyList<string>)>();
        double mrr = 0, recall = 0, recall10 = 0;
        var zero = 0;
        foreach (var q in questions)
        {
            var top = search(q.Q, new SearchFilters(q.Region, q.DeptType, q.Audience)).Take(10).ToList();
            answers.Add((q, top));
            var rank = top.FindIndex(q.Expect.Contains);
            if (rank >= 0) mrr += 1.0 / (rank + 1);
            recall += q.Expect.Count == 0 ? 0 : q.Expect.Count(top.Take(5).Contains) / (double)Math.Min(q.Expect.Count, 5);
            recall10 += q.Expect.Count == 0 ? 0 : q.Expect.Count(top.Contains) / (double)Math.Min(q.Expect.Count, 10);
            if (top.Count == 0) zero++;
        }
        var n = Math.Max(questions.Count, 1);
        return new RelevanceReport(mrr / n, recall / n, recall10 / n, zero / (double)n, answers);
    }

    /// <summary>The figures alone, without a line per question (all a held-out set may show).</summary>
    public string Totals(string name) =>
        string.Create(CultureInfo.InvariantCulture, $"{name}: MRR@10 {Mrr10:F3}, recall@5 {Recall5:F3}, recall@10 {Recall10:F3}, zero-result rate {ZeroResultRate:F3} ({Answers.Count} questions)");

    public string Describe(string name)
    {
        var text = new StringBuilder();
        text.AppendLine(Totals(name));
        foreach (var (q, top) in Answers)
        {
            var rank = top.ToList().FindIndex(q.Expect.Contains);
            var mark = rank == 0 ? "ok " : rank > 0 ? $"#{rank + 1} " : "-- ";
            text.AppendLine(CultureInfo.InvariantCulture, $"  {mark}{q.Q} → {string.Join(" ", top.Take(5))}   (expect {string.Join(" ", q.Expect)})");
        }
        return text.ToString();
    }
}

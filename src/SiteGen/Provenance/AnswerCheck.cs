using System.Text.RegularExpressions;
using SiteGen.Content;
using SiteGen.Content.Model;

namespace SiteGen.Provenance;

/// <summary>
/// Proves that every 答复要点 is complete: each programme has one, and every amount of its standard (a figure in
/// 元 or a percentage) is in the answer's how_much. An operator reading the answer aloud then never leaves one out.
/// </summary>
public static partial class AnswerCheck
{
    public static IReadOnlyList<Diagnostic> Run(ContentSet content)
    {
        var diagnostics = new DiagnosticBag();
        foreach (var p in content.Programs)
        {
            if (p.Answer is null)
            {
                diagnostics.Add(p.Origin, "no answer (答复要点): add 'answer:' with who, how_much and how_to_apply, written from the source (docs/CONTENT.md)");
                continue;
            }
            var given = Figures.Numbers(p.Answer.HowMuch).Select(Normal).ToHashSet(StringComparer.Ordinal);
            var missing = Amounts(p.Standard).Where(a => !given.Contains(Normal(a.Number))).Select(a => a.Text).Distinct().ToList();
            if (missing.Count > 0)
                diagnostics.Add(new RecordLines(p.Origin).Find(HowMuchKey), $"answer.how_much leaves out {string.Join("、", missing)} of the standard: an operator reads the answer aloud, so give every amount");
        }
        return diagnostics.Sorted().ToList();
    }

    /// <summary>The amounts of a text: numbers in 元 (万元, 元/月 …) or percentages, as written.</summary>
    private static IEnumerable<(string Number, string Text)> Amounts(string text) =>
        AmountPattern().Matches(Figures.FoldDigits(text)).Select(m => (m.Groups["n"].Value, m.Value));

    // 80.0 and 80 are the same amount; 0.4 stays 0.4.
    private static string Normal(string number) => number.Contains('.') ? number.TrimEnd('0').TrimEnd('.') : number;

    private static int HowMuchKey(string line) =>
        line.TrimStart().StartsWith("how_much:", StringComparison.Ordinal) ? line.IndexOf('h') : -1;

    [GeneratedRegex(@"(?<n>\d+(?:\.\d+)?)\s*(?:元|万元|%|％)")]
    private static partial Regex AmountPattern();
}

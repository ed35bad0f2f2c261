using SiteGen.Content;
using SiteGen.Rules.Evaluation;

namespace SiteGen.Rules.Checking;

/// <summary>Runs every hand-worked case of every calculator; a case that disagrees with its rule is a content error.</summary>
public static class CaseCheck
{
    public static IReadOnlyList<Diagnostic> Run(Content.Model.ContentSet content)
    {
        var diagnostics = new DiagnosticBag();
        Run(content.Calculators, new RegionTree(content.Regions), diagnostics);
        return diagnostics.Sorted().ToList();
    }

    private static void Run(CheckedRules rules, RegionTree regions, DiagnosticBag diagnostics)
    {
        foreach (var scope in rules.Calculators)
            foreach (var c in scope.Calculator.Cases)
            {
                foreach (var (name, _) in c.Inputs.Where(i => !scope.Inputs.ContainsKey(i.Key)))
                    diagnostics.Add(c.Origin, $"the case answers '{name}', which is not an input of {scope.Id}");
                var result = Evaluator.Run(scope, regions, c.Inputs.ToDictionary(i => i.Key, i => i.Value, StringComparer.Ordinal));
                var outcome = Describe(result);
                if (c.Amount is { } expected)
                {
                    if (!scope.Calculator.HasAmount)
                        diagnostics.Add(c.Origin, $"the case gives an amount, but {scope.Id} has no 'amount': write 'eligible: true' or 'eligible: false'");
                    else if (Fraction.Parse(expected) is not { } want)
                        diagnostics.Add(c.Origin, $"the case's amount '{expected}' must be a number of 元, such as 771 or 854.10");
                    else if (result.Status != Evaluation.RuleResult.Ok || Fraction.Parse(result.Amount!)!.Value.CompareTo(want.Round(2)) != 0)
                        diagnostics.Add(c.Origin, $"case expects {want.Display()} {scope.Calculator.Unit}, but the rule gives {outcome}: work the case again, or correct the rule");
                }
                else if (c.Eligible == false && result.Status != Evaluation.RuleResult.NotEligible)
                    diagnostics.Add(c.Origin, $"case expects the person not to qualify, but the rule gives {outcome}");
                else if (c.Eligible == true && result.Status != Evaluation.RuleResult.Ok)
                    diagnostics.Add(c.Origin, $"case expects the person to qualify, but the rule gives {outcome}");
                else if (c.Eligible == true && scope.Calculator.HasAmount)
                    diagnostics.Add(c.Origin, "a calculator with an amount states the amount of each qualifying case: write 'amount' instead of 'eligible: true'");
            }
    }

    private static string Describe(RuleResult r) => r.Status switch
    {
        RuleResult.Ok => r.Amount is null ? "eligible" : $"{r.Amount} ({string.Join("; ", r.Working)})",
        RuleResult.NotEligible => $"not eligible ({string.Join("; ", r.Failed)})",
        RuleResult.Invalid => $"invalid inputs ({string.Join("; ", r.Errors.Select(e => e.Message))})",
        _ => $"{r.Status} ({r.Message})",
    };
}

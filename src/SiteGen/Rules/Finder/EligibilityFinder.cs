using SiteGen.Content;
using SiteGen.Rules.Checking;
using SiteGen.Rules.Evaluation;
using SiteGen.Rules.Model;

namespace SiteGen.Rules.Finder;

/// <summary>
/// 政策找人: runs every rule of the person's region and the regions above it on the answers given, and sorts
/// the rules into 可能符合, 还需了解 and 差一点 (docs/RULES.md, "The finder"). rules.js does the same in the page.
/// </summary>
public static class EligibilityFinder
{
    private static readonly string[] Order = [FinderEntry.Likely, FinderEntry.Unknown, FinderEntry.Near];

    public static FinderResult Find(CheckedRules rules, RegionTree regions, IReadOnlyDictionary<string, string> answers)
    {
        var region = answers.GetValueOrDefault(Question.RegionName)?.Trim() ?? "";
        var chain = regions.Chain(region).Select(r => r.Id).ToList();
        var inScope = rules.Calculators.Where(c => chain.Contains(c.Calculator.Region)).ToList();
        var asked = inScope.SelectMany(c => c.Inputs.Keys).Where(n => n != Question.RegionName).ToHashSet(StringComparer.Ordinal);
        var questions = rules.Questions.Select(q => q.Name).Where(asked.Contains).ToList();
        var entries = inScope.Select(scope => Assess(scope, regions, answers)).OfType<FinderEntry>()
            .Select((e, i) => (e, i)).OrderBy(x => Array.IndexOf(Order, x.e.Status)).ThenBy(x => x.i).Select(x => x.e).ToList();
        return new FinderResult(chain, questions, entries);
    }

    private static FinderEntry? Assess(CalculatorScope scope, RegionTree regions, IReadOnlyDictionary<string, string> answers)
    {
        var values = new Dictionary<string, RuleValue>(StringComparer.Ordinal);
        foreach (var (name, question) in scope.Inputs)
            if (InputReader.Read(question, answers.GetValueOrDefault(name), scope.AllowedRegions) is ({ } value, null)) values[name] = value;
        var run = Evaluator.Partial(scope, regions, values);
        var failed = new List<string>();
        var pending = new List<string>();
        Condition? missed = null;
        foreach (var condition in scope.Calculator.Eligible)
        {
            var (holds, needs) = run.Outcome(condition.When.Expr!);
            if (holds is null) pending.AddRange(needs);
            else if (holds == false) { failed.Add(run.Fill(condition.Fails)); missed = condition; }
        }
        if (failed.Count > 1) return null;
        if (missed is not null && !run.IsNarrowMiss(missed.When.Expr!)) return null;
        var status = failed.Count == 1 ? FinderEntry.Near : pending.Count > 0 ? FinderEntry.Unknown : FinderEntry.Likely;
        string? amount = null;
        if (status == FinderEntry.Likely && scope.Calculator.Amount?.Expr is { } expr)
        {
            var (value, needs, outside) = run.AmountOutcome(expr);
            amount = value;
            pending.AddRange(needs);
            // Outside every band the source gives: as good as one failed condition, with the reason.
            if (outside is not null) { status = FinderEntry.Near; failed.Add(outside); }
        }
        var calculator = scope.Calculator;
        var labels = calculator.Inputs.Where(pending.Contains).Select(n => scope.Inputs[n].Label).ToList();
        return new FinderEntry(calculator.Id, status, amount, calculator.Unit, calculator.Period, failed, labels, calculator.Programs);
    }
}

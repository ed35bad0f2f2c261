using System.Text.RegularExpressions;
using SiteGen.Content;
using SiteGen.Content.Model;
using SiteGen.Rules.Language;
using SiteGen.Rules.Model;

namespace SiteGen.Rules.Checking;

/// <summary>
/// Checks content/rules/ against itself and the rest of the content: every question, parameter and
/// calculator, all mistakes reported in one run, each at its path:line:col.
/// </summary>
public static partial class RuleChecker
{
    public static CheckedRules Check(RuleSet rules, ContentSet content, DiagnosticBag diagnostics)
    {
        var regions = new RegionTree(content.Regions);
        var questions = new Dictionary<string, Question>(StringComparer.Ordinal) { [Question.RegionName] = Question.Region };
        foreach (var q in rules.Questions)
            if (!questions.TryAdd(q.Name, q))
                diagnostics.Add(q.Origin, $"question '{q.Name}' is defined twice (also at {questions[q.Name].Origin}): keep one");

        var byRegion = new Dictionary<string, Dictionary<string, Parameter>>(StringComparer.Ordinal);
        foreach (var p in rules.Parameters)
        {
            if (!regions.ById.ContainsKey(p.Region))
            {
                diagnostics.Add(p.Origin, $"parameters for region '{p.Region}', which is not in content/regions.yaml");
                continue;
            }
            var names = byRegion.TryGetValue(p.Region, out var d) ? d : byRegion[p.Region] = new(StringComparer.Ordinal);
            if (!names.TryAdd(p.Name, p))
            {
                diagnostics.Add(p.Origin, $"parameter '{p.Name}' of {p.Region} is defined twice (also at {names[p.Name].Origin}): keep one, and put older values in its history");
                continue;
            }
            foreach (var version in p.Versions) ShapeCheck.Check(p, version.Shape, questions, regions, diagnostics);
        }

        var programs = content.Programs.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var seenIds = new Dictionary<string, Calculator>(StringComparer.Ordinal);
        var scopes = new List<CalculatorScope>();
        foreach (var calculator in rules.Calculators.OrderBy(c => c.Id, StringComparer.Ordinal))
        {
            if (!seenIds.TryAdd(calculator.Id, calculator))
            {
                diagnostics.Add(calculator.Origin, $"calculator id '{calculator.Id}' is used twice (also at {seenIds[calculator.Id].Origin})");
                continue;
            }
            if (!regions.ById.ContainsKey(calculator.Region))
            {
                diagnostics.Add(calculator.Origin, $"region '{calculator.Region}' is not in content/regions.yaml");
                continue;
            }
            foreach (var program in calculator.Programs.Where(p => !programs.Contains(p)))
                diagnostics.Add(calculator.ProgramsAt, $"programme '{program}' does not exist: give the id of a file in content/programs/");
            scopes.Add(CheckCalculator(calculator, questions, byRegion, regions, content, diagnostics));
        }
        return new CheckedRules(rules.Questions, scopes);
    }

    private static CalculatorScope CheckCalculator(Calculator calculator, IReadOnlyDictionary<string, Question> questions,
        Dictionary<string, Dictionary<string, Parameter>> byRegion, RegionTree regions, ContentSet content, DiagnosticBag diagnostics)
    {
        var inputs = new Dictionary<string, Question>(StringComparer.Ordinal);
        foreach (var name in calculator.Inputs)
        {
            if (!questions.TryGetValue(name, out var q))
                diagnostics.Add(calculator.InputsAt, $"input '{name}' is not a question: define it in content/rules/questions/" +
                    (Content.Loading.Spelling.Closest(name, questions.Keys) is { } s ? $" (did you mean '{s}'?)" : ""));
            else if (!inputs.TryAdd(name, q))
                diagnostics.Add(calculator.InputsAt, $"input '{name}' is listed twice");
        }
        var visible = new Dictionary<string, Parameter>(StringComparer.Ordinal);
        foreach (var region in regions.Chain(calculator.Region))
            foreach (var (name, p) in byRegion.GetValueOrDefault(region.Id) ?? [])
                visible.TryAdd(name, p);
        var allowed = AllowedRegions(calculator.Region, content.Regions, regions);

        var stepTypes = new Dictionary<string, RuleType>(StringComparer.Ordinal);
        var checker = new ExpressionChecker(inputs, visible, stepTypes, regions, allowed, diagnostics) { QuestionExists = questions.ContainsKey };
        var stepUnits = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var step in calculator.Steps)
        {
            if (inputs.ContainsKey(step.Name) || visible.ContainsKey(step.Name) || stepTypes.ContainsKey(step.Name))
            {
                diagnostics.Add(step.Rule.Start, $"step '{step.Name}' has the name of an input, a parameter or an earlier step: give it its own name");
                continue;
            }
            var type = checker.Check(step.Rule);
            if (type is null) continue;
            stepTypes[step.Name] = type;
            stepUnits[step.Name] = type is NumberType { Unit.IsNone: false } n ? n.Unit.ToString() : null;
        }
        foreach (var condition in calculator.Eligible)
        {
            if (checker.Check(condition.When) is { } t and not BoolType)
                diagnostics.Add(condition.When.Start, $"a condition must be true or false, such as 年龄 >= 80, but this is {t.Describe()}");
            CheckTemplate(condition.Fails, condition.FailsAt, inputs, stepTypes, visible, checker, diagnostics);
        }
        if (calculator.Note is { } note) CheckTemplate(note, calculator.NoteAt, inputs, stepTypes, visible, checker, diagnostics, placeholders: false);
        if (calculator.Amount is { } amount && checker.Check(amount) is { } amountType)
        {
            var unit = Unit.Parse(calculator.Unit);
            if (amountType is not NumberType n)
                diagnostics.Add(amount.Start, $"the amount must be a number of 元, but it is {amountType.Describe()}");
            else if (unit is not null && !n.Flexible && !n.Unit.Same(unit))
                diagnostics.Add(amount.Start, $"unit mismatch: the amount works out in {(n.Unit.IsNone ? "no unit" : n.Unit.ToString())}, but the calculator's unit is {calculator.Unit}" +
                    (n.Unit.Same(unit.Per(Unit.Parse("人")!)) ? $"; for one person's amount write unit: {n.Unit}" : ""));
        }
        if (calculator.Eligible.Count == 0 && calculator.Amount is null)
            diagnostics.Add(calculator.Origin, "the rule has neither 'eligible' conditions nor an 'amount': give at least one");
        foreach (var unused in inputs.Keys.Where(n => !checker.UsedInputs.Contains(n)))
            diagnostics.Add(calculator.InputsAt, $"input '{unused}' is asked but no rule uses it: use it or remove it from 'inputs'");
        foreach (var unusedStep in stepTypes.Keys.Where(n => !checker.UsedSteps.Contains(n) && calculator.Amount is null))
            diagnostics.Add(calculator.Steps.First(s => s.Name == unusedStep).Rule.Start, $"step '{unusedStep}' is not used by any condition");
        if (calculator.Cases.Count == 0)
            diagnostics.Add(calculator.Origin, "the calculator has no 'cases': add hand-worked cases, with the working in a comment");
        return new CalculatorScope(calculator, inputs, visible, stepUnits, allowed, checker.UsedParameters);
    }

    /// <summary>The regions a reader of this calculator may be in: the lowest regions under it, or itself when it has none.</summary>
    public static IReadOnlyList<Region> AllowedRegions(string regionId, IReadOnlyList<Region> all, RegionTree tree)
    {
        var parents = all.Select(r => r.Parent).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var leaves = all.Where(r => r.Id != regionId && !parents.Contains(r.Id) && tree.IsWithin(r.Id, regionId)).ToList();
        return leaves.Count > 0 ? leaves : all.Where(r => r.Id == regionId).ToList();
    }

    private static void CheckTemplate(string text, SourceSpan at, IReadOnlyDictionary<string, Question> inputs, IReadOnlyDictionary<string, RuleType> steps,
        IReadOnlyDictionary<string, Parameter> parameters, ExpressionChecker checker, DiagnosticBag diagnostics, bool placeholders = true)
    {
        foreach (Match m in Placeholder().Matches(text))
        {
            var name = m.Groups[1].Value;
            if (!placeholders)
                diagnostics.Add(at, $"'{{{name}}}' cannot be filled in here: a note is the same for every result");
            else if (inputs.ContainsKey(name)) checker.UsedInputs.Add(name);
            else if (steps.ContainsKey(name)) checker.UsedSteps.Add(name);
            else if (parameters.TryGetValue(name, out var p) && p.Current.Shape is ScalarShape) { if (!checker.UsedParameters.Contains(name)) checker.UsedParameters.Add(name); }
            else diagnostics.Add(at, $"'{{{name}}}' in the text is not an input, a step or a single-valued parameter of this calculator");
        }
    }

    [GeneratedRegex(@"\{([^{}]+)\}")]
    public static partial Regex Placeholder();
}

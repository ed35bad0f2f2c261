using SiteGen.Content;
using SiteGen.Rules.Checking;
using SiteGen.Rules.Language;
using SiteGen.Rules.Model;

namespace SiteGen.Rules.Evaluation;

/// <summary>
/// Runs one checked calculator on a set of answers, the way docs/RULES.md defines it: validate every
/// input, test every condition, then work out the amount, exactly, rounding to the fen only at the end.
/// templates/assets/rules.js is the same procedure for the page.
/// </summary>
public sealed class Evaluator
{
    private readonly CalculatorScope _scope;
    private readonly RegionTree _regions;
    private readonly Dictionary<string, RuleValue> _inputs;
    private readonly Dictionary<string, RuleValue> _steps = new(StringComparer.Ordinal);
    private readonly List<string> _usedParameters = [];
    private readonly bool _partial;

    private Evaluator(CalculatorScope scope, RegionTree regions, Dictionary<string, RuleValue> inputs, bool partial = false)
    {
        _scope = scope;
        _regions = regions;
        _inputs = inputs;
        _partial = partial;
    }

    /// <summary>
    /// For the finder: answers may be missing. A missing answer is then an unknown value that records which
    /// questions it needs, and 且 / 或 follow three-valued logic ("是 或 unknown" holds).
    /// </summary>
    public static Evaluator Partial(CalculatorScope scope, RegionTree regions, IReadOnlyDictionary<string, RuleValue> answers) =>
        new(scope, regions, new(answers, StringComparer.Ordinal), partial: true);

    /// <summary>A condition's outcome on partial answers: holds, fails (also when the rule stops), or unknown with the questions it needs.</summary>
    public (bool? Holds, IReadOnlyList<string> Needs) Outcome(Expr condition)
    {
        try
        {
            return Eval(condition) switch
            {
                UnknownValue u => (null, u.Needs),
                BoolValue b => (b.Value, []),
                _ => (false, []),
            };
        }
        catch (RuleStop) { return (false, []); }
    }

    /// <summary>The amount on partial answers: the amount to the fen, or the questions it needs, or why it cannot be given.</summary>
    public (string? Amount, IReadOnlyList<string> Needs, string? Outside) AmountOutcome(Expr amount)
    {
        try
        {
            return Eval(amount) switch
            {
                UnknownValue u => (null, u.Needs, null),
                NumberValue n => (n.Value.ToFixed(2), [], null),
                _ => (null, [], null),
            };
        }
        catch (RuleStop stop) { return (null, [], stop.Status == RuleResult.Outside ? stop.Message : null); }
    }

    /// <summary>
    /// A failed condition is a narrow miss when it compares two numbers that lie within a tenth of the right-hand
    /// side (the threshold, as in 年龄 >= 80 or 人均收入 < 低保标准): 79 against 80, not 60.
    /// </summary>
    public bool IsNarrowMiss(Expr condition)
    {
        if (condition is not Binary { Op: "<" or "<=" or ">" or ">=" } b) return false;
        try
        {
            if (Eval(b.Left) is not NumberValue l || Eval(b.Right) is not NumberValue r) return false;
            return ((l.Value - r.Value).Abs() * Fraction.Of(10)).CompareTo(r.Value.Abs()) <= 0;
        }
        catch (RuleStop) { return false; }
    }

    public static RuleResult Run(CalculatorScope scope, RegionTree regions, IReadOnlyDictionary<string, string> answers)
    {
        var values = new Dictionary<string, RuleValue>(StringComparer.Ordinal);
        var errors = new List<InputError>();
        foreach (var (name, question) in scope.Inputs)
        {
            var (value, error) = InputReader.Read(question, answers.GetValueOrDefault(name), scope.AllowedRegions);
            if (error is not null) errors.Add(new InputError(name, error));
            else values[name] = value!;
        }
        var calculator = scope.Calculator;
        if (errors.Count > 0) return Result(calculator, RuleResult.Invalid, errors: errors);
        var evaluator = new Evaluator(scope, regions, values);
        try
        {
            var failed = new List<string>();
            foreach (var condition in calculator.Eligible)
                if (!evaluator.Condition(condition.When.Expr!)) failed.Add(evaluator.Fill(condition.Fails));
            if (failed.Count > 0) return Result(calculator, RuleResult.NotEligible, failed: failed);
            if (calculator.Amount is null)
                return Result(calculator, RuleResult.Ok, working: evaluator.StepLines(), parameters: evaluator.Parameters());
            var amount = evaluator.Number(calculator.Amount.Expr!).Round(2);
            var lines = evaluator.StepLines();
            var render = evaluator.Render(calculator.Amount.Expr!).Text;
            var shown = amount.Display();
            lines.Add((render == shown ? shown : $"{render} = {shown}") + Suffix(calculator.Unit));
            return Result(calculator, RuleResult.Ok, amount: amount.ToFixed(2), working: lines, parameters: evaluator.Parameters());
        }
        catch (RuleStop stop)
        {
            return Result(calculator, stop.Status, message: stop.Message);
        }
    }

    private static RuleResult Result(Calculator c, string status, string? amount = null, List<string>? working = null, List<string>? failed = null,
        List<InputError>? errors = null, string? message = null, List<UsedParameter>? parameters = null) =>
        new(status, amount, c.Unit, c.Period, working ?? [], failed ?? [], errors ?? [], message, parameters ?? []);

    private static string Suffix(string? unit) => string.IsNullOrEmpty(unit) ? "" : " " + unit;

    private List<string> StepLines()
    {
        var lines = new List<string>();
        foreach (var step in _scope.Calculator.Steps.Where(s => _steps.ContainsKey(s.Name)))
        {
            var render = Render(step.Rule.Expr!).Text;
            var shown = Show(_steps[step.Name]);
            lines.Add((render == shown ? $"{step.Name} = {shown}" : $"{step.Name} = {render} = {shown}") + Suffix(_scope.StepUnits.GetValueOrDefault(step.Name)));
        }
        return lines;
    }

    private List<UsedParameter> Parameters() => _usedParameters.Select(name =>
    {
        var p = _scope.Parameters[name];
        return new UsedParameter(name, p.Label, p.Current.From, SourceText(p.Current.Source));
    }).ToList();

    public static string SourceText(Content.Model.SourceRef s) =>
        s.FirstLine == s.LastLine ? $"{s.File}:{s.FirstLine}" : $"{s.File}:{s.FirstLine}-{s.LastLine}";

    /// <summary>A fails text with each {name} replaced by its value; a value not known yet leaves the placeholder as written.</summary>
    public string Fill(string template) =>
        RuleChecker.Placeholder().Replace(template, m =>
        {
            try { return Name(m.Groups[1].Value) is UnknownValue ? m.Value : Show(Name(m.Groups[1].Value), IsPercentName(m.Groups[1].Value)); }
            catch (RuleStop) { return m.Value; }
        });

    private bool IsPercentName(string name) =>
        !_inputs.ContainsKey(name) && !_scope.Calculator.Steps.Any(s => s.Name == name) && _scope.Parameters.TryGetValue(name, out var p) && p.IsPercent;

    private bool Condition(Expr e) => Eval(e) is BoolValue b ? b.Value : throw new InvalidOperationException("checked condition was not boolean");

    private Fraction Number(Expr e) => Eval(e) is NumberValue n ? n.Value : throw new InvalidOperationException("checked number was not a number");

    private RuleValue Name(string name)
    {
        if (_scope.Inputs.ContainsKey(name))
            return _inputs.TryGetValue(name, out var v) ? v : _partial ? new UnknownValue([name]) : throw new InvalidOperationException($"input {name} was not validated");
        if (_steps.TryGetValue(name, out var s)) return s;
        var step = _scope.Calculator.Steps.FirstOrDefault(x => x.Name == name);
        if (step is not null) return _steps[name] = Eval(step.Rule.Expr!);
        var p = Use(name);
        return new NumberValue(Scale(p, ((ScalarShape)p.Current.Shape).Value));
    }

    private Parameter Use(string name)
    {
        if (!_usedParameters.Contains(name)) _usedParameters.Add(name);
        return _scope.Parameters[name];
    }

    private static Fraction Scale(Parameter p, Fraction raw) => p.IsPercent ? raw / Fraction.Of(100) : raw;

    private (Parameter Parameter, Fraction Raw) Lookup(IndexRef i)
    {
        var p = Use(i.Name);
        var keys = i.Keys.Select(Eval).ToList();
        if (keys.Any(k => k is UnknownValue)) throw new Unknown(Merge(keys));
        switch (p.Current.Shape)
        {
            case BandShape bands:
                var key = ((NumberValue)keys[0]).Value;
                return bands.Find(key) is { } v ? (p, v) : throw new RuleStop(RuleResult.Outside, $"{key.Display()}不在{p.Label}的范围内");
            case TableShape table:
                var texts = keys.Select(k => ((TextValue)k).Value).ToList();
                if (table.KeyedBy.Count == 1 && table.KeyedBy[0] == Question.RegionName)
                {
                    foreach (var region in _regions.Chain(texts[0]))
                        if (table.Find([region.Id]) is { } cell)
                            return cell.Value is { } rv ? (p, rv) : throw Outside(texts, p);
                }
                else if (table.Find(texts) is { Value: { } tv }) return (p, tv);
                throw Outside(texts, p);
            default:
                throw new InvalidOperationException("checked lookup of a scalar");
        }
    }

    private RuleStop Outside(IEnumerable<string> keys, Parameter p) =>
        new(RuleResult.Outside, $"{string.Join("、", keys.Select(k => _regions.ById.TryGetValue(k, out var r) ? r.Name : k))}不在{p.Label}的范围内");

    private RuleValue Eval(Expr e)
    {
        switch (e)
        {
            case NumberLiteral n: return new NumberValue(n.Value);
            case TextLiteral t: return new TextValue(t.Value);
            case BoolLiteral b: return new BoolValue(b.Value);
            case NameRef r: return Name(r.Name);
            case IndexRef i:
                try
                {
                    var (p, raw) = Lookup(i);
                    return new NumberValue(Scale(p, raw));
                }
                catch (Unknown u) { return u.Value; }
            case Unary u:
                var operand = Eval(u.Operand);
                if (operand is UnknownValue) return operand;
                return u.Op == "not" ? new BoolValue(!((BoolValue)operand).Value) : new NumberValue(-((NumberValue)operand).Value);
            case Binary b: return Binary(b);
            case Call c: return Call(c);
            default: throw new InvalidOperationException("unknown node");
        }
    }

    private RuleValue Binary(Binary b)
    {
        var left = Eval(b.Left);
        var right = Eval(b.Right);
        if (b.Op is "and" or "or") return Logic(b.Op, left, right);
        if (left is UnknownValue || right is UnknownValue) return new UnknownValue(Merge([left, right]));
        switch (b.Op)
        {
            case "==": return new BoolValue(Same(left, right));
            case "!=": return new BoolValue(!Same(left, right));
        }
        var l = ((NumberValue)left).Value;
        var r = ((NumberValue)right).Value;
        return b.Op switch
        {
            "+" => new NumberValue(l + r),
            "-" => new NumberValue(l - r),
            "*" => new NumberValue(l * r),
            "/" => r.Sign == 0 ? throw new RuleStop(RuleResult.Error, "规则计算中出现除以零") : new NumberValue(l / r),
            "<" => new BoolValue(l.CompareTo(r) < 0),
            "<=" => new BoolValue(l.CompareTo(r) <= 0),
            ">" => new BoolValue(l.CompareTo(r) > 0),
            _ => new BoolValue(l.CompareTo(r) >= 0),
        };
    }

    /// <summary>Both sides are worked out, so errors do not depend on the order; an unknown side decides nothing it need not.</summary>
    private static RuleValue Logic(string op, RuleValue left, RuleValue right)
    {
        bool? l = left is BoolValue lb ? lb.Value : null;
        bool? r = right is BoolValue rb ? rb.Value : null;
        if (op == "and")
        {
            if (l == false || r == false) return new BoolValue(false);
            return l is not null && r is not null ? new BoolValue(true) : new UnknownValue(Merge([left, right]));
        }
        if (l == true || r == true) return new BoolValue(true);
        return l is not null && r is not null ? new BoolValue(false) : new UnknownValue(Merge([left, right]));
    }

    private static IReadOnlyList<string> Merge(IEnumerable<RuleValue?> values) =>
        values.OfType<UnknownValue>().SelectMany(u => u.Needs).Distinct().ToList();

    private RuleValue? TryEval(Expr e)
    {
        try { return Eval(e); }
        catch (RuleStop) { return null; }
    }

    private static bool Same(RuleValue a, RuleValue b) => (a, b) switch
    {
        (NumberValue x, NumberValue y) => x.Value.CompareTo(y.Value) == 0,
        _ => a.Equals(b),
    };

    private RuleValue Call(Call c)
    {
        if (c.Function == "if")
        {
            var test = Eval(c.Args[0]);
            if (test is UnknownValue) return new UnknownValue(Merge([test, TryEval(c.Args[1]), TryEval(c.Args[2])]));
            return ((BoolValue)test).Value ? Eval(c.Args[1]) : Eval(c.Args[2]);
        }
        var values = c.Args.Select(Eval).ToList();
        if (values.Any(v => v is UnknownValue)) return new UnknownValue(Merge(values));
        var args = values.Select(v => ((NumberValue)v).Value).ToList();
        return new NumberValue(c.Function switch
        {
            "max" => args.Aggregate((a, b) => a.CompareTo(b) >= 0 ? a : b),
            "min" => args.Aggregate((a, b) => a.CompareTo(b) <= 0 ? a : b),
            "round" => args[0].Round(args.Count == 2 ? (int)args[1].Numerator : 0),
            "floor" => args[0].Floor(),
            "ceil" => args[0].Ceiling(),
            _ => args[0].Abs(),
        });
    }

    // ---- The working: every name replaced by its value (docs/RULES.md, "Results and their working") ----

    private string Show(RuleValue v, bool percent = false) => v switch
    {
        NumberValue n => percent ? (n.Value * Fraction.Of(100)).Display() + "%" : n.Value.Display(),
        BoolValue b => b.Value ? "是" : "否",
        TextValue t when _scope.Inputs.Values.Any(q => q.Type == QuestionType.Region) && _regions.ById.TryGetValue(t.Value, out var region) => region.Name,
        TextValue t => t.Value,
        _ => "",
    };

    private static int Precedence(string op) => op switch
    {
        "or" => 1, "and" => 2, "<" or "<=" or ">" or ">=" or "==" or "!=" => 4, "+" or "-" => 5, _ => 6,
    };

    private static readonly Dictionary<string, string> Symbols = new(StringComparer.Ordinal)
    {
        ["+"] = " + ", ["-"] = " − ", ["*"] = " × ", ["/"] = " ÷ ", ["<"] = " < ", ["<="] = " ≤ ", [">"] = " > ", [">="] = " ≥ ",
        ["=="] = " = ", ["!="] = " ≠ ", ["and"] = " 且 ", ["or"] = " 或 ",
    };

    private (string Text, int Precedence) Render(Expr e)
    {
        switch (e)
        {
            case NumberLiteral n: return (n.Value.Display(), 8);
            case TextLiteral t: return (t.Value, 8);
            case BoolLiteral b: return (b.Value ? "是" : "否", 8);
            case NameRef r: return (Show(Name(r.Name), IsPercentName(r.Name)), 8);
            case IndexRef i:
                var (p, raw) = Lookup(i);
                return (p.IsPercent ? raw.Display() + "%" : raw.Display(), 8);
            case Unary { Op: "not" } u: return ("非" + Wrap(Render(u.Operand), 3, false), 3);
            case Unary u: return ("−" + Wrap(Render(u.Operand), 7, false), 7);
            case Binary b:
                var prec = Precedence(b.Op);
                var comparison = prec == 4;
                var left = Render(b.Left);
                var right = Render(b.Right);
                var leftText = comparison ? Wrap(left, prec, true) : Wrap(left, prec, false);
                var rightText = comparison ? Wrap(right, prec, true) : Wrap(right, prec, b.Op is "-" or "/");
                return (leftText + Symbols[b.Op] + rightText, prec);
            case Call { Function: "if" } c:
                return Condition(c.Args[0]) ? Render(c.Args[1]) : Render(c.Args[2]);
            case Call c:
                return ($"{c.Function}({string.Join(", ", c.Args.Select(a => Render(a).Text))})", 8);
            default: return ("", 8);
        }
    }

    /// <summary>Brackets a child when its operator binds less tightly (or equally, where order matters).</summary>
    private static string Wrap((string Text, int Precedence) child, int parent, bool orEqual) =>
        child.Precedence < parent || (orEqual && child.Precedence == parent) ? $"({child.Text})" : child.Text;

    private sealed class Unknown(IReadOnlyList<string> needs) : Exception("unknown")
    {
        public UnknownValue Value { get; } = new(needs);
    }

    private sealed class RuleStop(string status, string message) : Exception(message)
    {
        public string Status { get; } = status;
    }

}

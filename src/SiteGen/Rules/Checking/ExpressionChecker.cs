using SiteGen.Content;
using SiteGen.Content.Loading;
using SiteGen.Content.Model;
using SiteGen.Rules.Language;
using SiteGen.Rules.Model;

namespace SiteGen.Rules.Checking;

/// <summary>
/// Types one expression of a calculator: every name resolved, every operator given operands it accepts,
/// units combined and compared. Each mistake is reported at its column; a null type means "already reported".
/// </summary>
internal sealed class ExpressionChecker(
    IReadOnlyDictionary<string, Question> inputs,
    IReadOnlyDictionary<string, Parameter> parameters,
    IReadOnlyDictionary<string, RuleType> steps,
    RegionTree regions,
    IReadOnlyList<Region> allowedRegions,
    DiagnosticBag diagnostics)
{
    public HashSet<string> UsedInputs { get; } = new(StringComparer.Ordinal);
    public List<string> UsedParameters { get; } = [];
    public HashSet<string> UsedSteps { get; } = new(StringComparer.Ordinal);

    private RuleText _rule = null!;

    public RuleType? Check(RuleText rule)
    {
        _rule = rule;
        return rule.Expr is null ? null : Type(rule.Expr);
    }

    private void Error(Expr at, string message) => diagnostics.Add(_rule.At(at.At), message);

    private RuleType? Type(Expr expr) => expr switch
    {
        NumberLiteral n => Literal(n),
        TextLiteral t => new TextType(t.Value),
        BoolLiteral => BoolType.Instance,
        NameRef r => Name(r),
        IndexRef i => Index(i),
        Unary u => UnaryType(u),
        Binary b => BinaryType(b),
        Call c => CallType(c),
        _ => null,
    };

    private RuleType? Literal(NumberLiteral n)
    {
        if (n.UnitText is null) return new NumberType(Unit.None, Flexible: true);
        if (Unit.Parse(n.UnitText) is { } unit) return new NumberType(unit);
        Error(n, $"'{n.UnitText}' is not a unit: write names joined by '/', such as 月/年");
        return null;
    }

    private void UseParameter(string name)
    {
        if (!UsedParameters.Contains(name)) UsedParameters.Add(name);
    }

    private RuleType? Name(NameRef r)
    {
        if (inputs.TryGetValue(r.Name, out var q))
        {
            UsedInputs.Add(r.Name);
            return QuestionType(q);
        }
        if (steps.TryGetValue(r.Name, out var stepType))
        {
            UsedSteps.Add(r.Name);
            return stepType;
        }
        if (parameters.TryGetValue(r.Name, out var p))
        {
            UseParameter(r.Name);
            if (p.Current.Shape is ScalarShape) return ValueType(p);
            var keys = p.Current.Shape is TableShape t ? string.Join(", ", t.KeyedBy) : ((BandShape)p.Current.Shape).BandedBy;
            Error(r, $"'{r.Name}' is a table; look a value up with its key: {r.Name}[{keys}]");
            return null;
        }
        Unknown(r, r.Name);
        return null;
    }

    private void Unknown(Expr at, string name)
    {
        var known = inputs.Keys.Concat(steps.Keys).Concat(parameters.Keys).ToList();
        var suggestion = Spelling.Closest(name, known);
        var joined = name.Contains('且') || name.Contains('或') || name.Contains('非') ? "; put spaces around 且, 或 and 非" : "";
        Error(at, $"unknown name '{name}': it is not an input of this calculator, a step, or a parameter of its region" +
            (suggestion is null ? "" : $"; did you mean '{suggestion}'?") + joined +
            (QuestionExists(name) ? $"; '{name}' is a question: add it to 'inputs'" : ""));
    }

    public Func<string, bool> QuestionExists { get; init; } = _ => false;

    private static RuleType QuestionType(Question q) => q.Type switch
    {
        Model.QuestionType.Number or Model.QuestionType.Integer => new NumberType(Unit.Parse(q.Unit) ?? Unit.None),
        Model.QuestionType.YesNo => BoolType.Instance,
        _ => new ChoiceType(q),
    };

    private static NumberType ValueType(Parameter p) => new(p.IsPercent ? Unit.None : Unit.Parse(p.Unit) ?? Unit.None);

    private RuleType? Index(IndexRef i)
    {
        if (!parameters.TryGetValue(i.Name, out var p))
        {
            foreach (var key in i.Keys) Type(key);
            Unknown(i, i.Name);
            return null;
        }
        UseParameter(i.Name);
        var keyTypes = i.Keys.Select(Type).ToList();
        switch (p.Current.Shape)
        {
            case ScalarShape:
                Error(i, $"'{i.Name}' is a single value, not a table: write it without [ ]");
                return null;
            case TableShape table:
                if (i.Keys.Count != table.KeyedBy.Count)
                {
                    Error(i, $"'{i.Name}' is keyed by {string.Join(" and ", table.KeyedBy)}: give {table.KeyedBy.Count} key(s), as in {i.Name}[{string.Join(", ", table.KeyedBy)}]");
                    return null;
                }
                for (var k = 0; k < i.Keys.Count; k++)
                    CheckKey(i, i.Keys[k], keyTypes[k], table, k);
                return ValueType(p);
            case BandShape bands:
                if (i.Keys.Count != 1)
                {
                    Error(i, $"'{i.Name}' is banded by {bands.BandedBy}: give one key, as in {i.Name}[{bands.BandedBy}]");
                    return null;
                }
                var expected = inputs.TryGetValue(bands.BandedBy, out var bq) ? QuestionType(bq) : null;
                if (keyTypes[0] is NumberType n && expected is NumberType e && !n.Unit.Same(e.Unit) && !n.Flexible)
                    Error(i.Keys[0], $"'{i.Name}' is banded by {bands.BandedBy} in {Show(e.Unit)}, but the key is in {Show(n.Unit)}");
                else if (keyTypes[0] is { } kt and not NumberType)
                    Error(i.Keys[0], $"'{i.Name}' is banded by a number, but the key is {kt.Describe()}");
                return ValueType(p);
        }
        return null;
    }

    private void CheckKey(IndexRef i, Expr keyExpr, RuleType? keyType, TableShape table, int dimension)
    {
        var question = table.KeyedBy[dimension];
        switch (keyType)
        {
            case null: return;
            case ChoiceType c when c.Question.Name == question:
                if (question == Model.Question.RegionName) CheckRegionCoverage(i, table);
                return;
            case TextType t:
                if (!table.Entries.Any(e => e.Keys[dimension] == t.Value))
                    Error(keyExpr, $"'{t.Value}' is not a key of '{i.Name}'; its keys are {string.Join(", ", table.Entries.Select(e => e.Keys[dimension]).Distinct())}");
                return;
            default:
                Error(keyExpr, $"key {dimension + 1} of '{i.Name}' must be an answer to {question}, but it is {keyType.Describe()}");
                return;
        }
    }

    private void CheckRegionCoverage(IndexRef i, TableShape table)
    {
        foreach (var region in allowedRegions)
        {
            var covered = regions.Chain(region.Id).Any(r => table.Entries.Any(e => e.Keys[0] == r.Id));
            if (!covered) Error(i, $"'{i.Name}' has no value for {region.Name} ({region.Id}) or a region above it: add a key for it to the table");
        }
    }

    private static string Show(Unit unit) => unit.IsNone ? "no unit" : unit.ToString();

    private RuleType? UnaryType(Unary u)
    {
        var t = Type(u.Operand);
        if (t is null) return null;
        if (u.Op == "not")
        {
            if (t is BoolType) return t;
            Error(u, $"非 needs a condition, but it is given {t.Describe()}");
            return null;
        }
        if (t is NumberType) return t;
        Error(u, $"'-' needs a number, but it is given {t.Describe()}");
        return null;
    }

    private RuleType? BinaryType(Binary b)
    {
        var left = Type(b.Left);
        var right = Type(b.Right);
        if (left is null || right is null) return null;
        switch (b.Op)
        {
            case "and" or "or":
                if (left is BoolType && right is BoolType) return BoolType.Instance;
                Error(b, $"{(b.Op == "and" ? "且" : "或")} joins two conditions, but it is given {left.Describe()} and {right.Describe()}");
                return null;
            case "+" or "-":
                return SameUnit(b, left, right, b.Op == "+" ? "add" : "subtract");
            case "*" or "/":
                if (left is NumberType l && right is NumberType r)
                    return new NumberType(b.Op == "*" ? l.Unit.Times(r.Unit) : l.Unit.Per(r.Unit), l.Flexible && r.Flexible);
                Error(b, $"'{(b.Op == "*" ? "×" : "÷")}' needs numbers, but it is given {left.Describe()} and {right.Describe()}");
                return null;
            case "==" or "!=":
                return Equality(b, left, right);
            default:
                return SameUnit(b, left, right, "compare") is null ? null : BoolType.Instance;
        }
    }

    private RuleType? Equality(Binary b, RuleType left, RuleType right)
    {
        switch (left, right)
        {
            case (NumberType, NumberType):
                return SameUnit(b, left, right, "compare") is null ? null : BoolType.Instance;
            case (BoolType, BoolType):
                return BoolType.Instance;
            case (ChoiceType a, ChoiceType c) when a.Question.Name == c.Question.Name:
                return BoolType.Instance;
            case (ChoiceType c, TextType t):
                return OptionText(b.Right, c.Question, t.Value) ? BoolType.Instance : null;
            case (TextType t, ChoiceType c):
                return OptionText(b.Left, c.Question, t.Value) ? BoolType.Instance : null;
            default:
                Error(b, $"cannot compare {left.Describe()} with {right.Describe()}");
                return null;
        }
    }

    private bool OptionText(Expr at, Question q, string text)
    {
        if (q.Type == Model.QuestionType.Region)
        {
            if (regions.ById.ContainsKey(text)) return true;
            Error(at, $"\"{text}\" is not a region id of content/regions.yaml");
            return false;
        }
        if (q.Options.Contains(text, StringComparer.Ordinal)) return true;
        var suggestion = Spelling.Closest(text, q.Options);
        Error(at, $"\"{text}\" is not an option of {q.Name}; its options are {string.Join(", ", q.Options)}" + (suggestion is null ? "" : $" (did you mean \"{suggestion}\"?)"));
        return false;
    }

    private RuleType? SameUnit(Expr at, RuleType left, RuleType right, string verb)
    {
        if (left is not NumberType l || right is not NumberType r)
        {
            Error(at, $"cannot {verb} {left.Describe()} and {right.Describe()}: both must be numbers");
            return null;
        }
        if (l.Flexible) return r;
        if (r.Flexible || l.Unit.Same(r.Unit)) return l;
        Error(at, $"unit mismatch: cannot {verb} {Show(l.Unit)} and {Show(r.Unit)}");
        return null;
    }

    private RuleType? CallType(Call c)
    {
        var args = c.Args.Select(Type).ToList();
        if (args.Any(a => a is null)) return null;
        switch (c.Function)
        {
            case "if":
                if (args.Count != 3) { Error(c, "if needs three parts: if(条件, 成立时, 不成立时)"); return null; }
                if (args[0] is not BoolType) { Error(c.Args[0], $"the first part of if must be a condition, but it is {args[0]!.Describe()}"); return null; }
                if (args[1] is NumberType || args[2] is NumberType) return SameUnit(c, args[1]!, args[2]!, "choose between");
                if (args[1] == args[2] || args[1] is ChoiceType a && args[2] is ChoiceType b && a.Question.Name == b.Question.Name) return args[1];
                Error(c, $"both branches of if must be of one kind, but they are {args[1]!.Describe()} and {args[2]!.Describe()}");
                return null;
            case "max" or "min":
                if (args.Count < 2) { Error(c, $"{c.Function} needs at least two values"); return null; }
                var type = args[0]!;
                for (var k = 1; k < args.Count && type is not null; k++) type = SameUnit(c, type, args[k]!, $"take the {(c.Function == "max" ? "larger" : "smaller")} of");
                return type;
            case "round":
                if (args.Count is < 1 or > 2) { Error(c, "round takes a number and, optionally, how many decimals: round(x) or round(x, 2)"); return null; }
                if (args.Count == 2 && c.Args[1] is not NumberLiteral { Value.IsInteger: true, UnitText: null })
                {
                    Error(c.Args[1], "the number of decimals of round must be written as a whole number, such as 2");
                    return null;
                }
                return Numeric(c, args[0]!);
            default:
                if (args.Count != 1) { Error(c, $"{c.Function} takes one number"); return null; }
                return Numeric(c, args[0]!);
        }
    }

    private RuleType? Numeric(Call c, RuleType t)
    {
        if (t is NumberType) return t;
        Error(c, $"{c.Function} needs a number, but it is given {t.Describe()}");
        return null;
    }
}

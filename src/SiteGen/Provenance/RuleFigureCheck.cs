using SiteGen.Content;
using SiteGen.Content.Model;
using SiteGen.Rules.Checking;
using SiteGen.Rules.Language;
using SiteGen.Rules.Model;

namespace SiteGen.Provenance;

/// <summary>
/// The figure check for content/rules/: every value of every parameter version occurs in that version's
/// source lines, and every figure written in a calculator (a number in an expression, in a fails text, the
/// note or the title) occurs in the calculator's own sources or in those of a parameter it uses.
/// </summary>
public static class RuleFigureCheck
{
    public static void Run(ContentSet content, SeedCache seeds, DiagnosticBag diagnostics)
    {
        foreach (var p in content.Rules.Parameters)
            foreach (var version in p.Versions)
            {
                if (seeds.Figures(version.Source, version.Origin, diagnostics) is not { } figures) continue;
                foreach (var (value, where) in version.Shape.Values)
                    if (!figures.HasNumber(value.ToDecimalString()))
                        diagnostics.Add(where, $"value {value} of '{p.Name}' does not occur in its source ({version.Source.Cited}): correct it to the source's figure, or point 'source' at the lines that contain it");
            }
        foreach (var scope in content.Calculators.Calculators)
        {
            var c = scope.Calculator;
            var sources = c.Sources.Concat(scope.UsedParameters.Select(n => scope.Parameters[n].Current.Source)).ToList();
            var all = sources.Select(s => seeds.Figures(s, c.Origin, diagnostics)).ToList();
            if (all.Any(f => f is null)) continue;
            bool Has(string number) => all.Any(f => f!.HasNumber(number));
            string Cited() => sources.Count == 0 ? "the calculator cites no lines: add them under 'sources'" : $"cited: {string.Join(", ", sources.Select(s => s.Cited).Distinct())}";
            foreach (var rule in Rules(c))
                foreach (var literal in Literals(rule.Expr))
                    if (!IsExempt(literal) && !Has(literal.Value.ToDecimalString()))
                        diagnostics.Add(rule.At(literal.At), $"figure {literal.Value} in the rule does not occur in the calculator's sources ({Cited()}): cite the line it comes from under 'sources', or make it a parameter");
            foreach (var (text, at) in Texts(c))
                foreach (var number in Provenance.Figures.Numbers(RuleChecker.Placeholder().Replace(text, "")).Distinct())
                    if (!Has(number))
                        diagnostics.Add(at, $"figure '{number}' does not occur in the calculator's sources ({Cited()}): write it as a {{name}} placeholder, or cite its line");
        }
    }

    private static IEnumerable<RuleText> Rules(Calculator c) =>
        c.Eligible.Select(e => e.When).Concat(c.Steps.Select(s => s.Rule)).Concat(c.Amount is null ? [] : [c.Amount]);

    private static IEnumerable<(string Text, SourceSpan At)> Texts(Calculator c) =>
        c.Eligible.Select(e => (e.Fails, e.FailsAt)).Append((c.Title, c.TitleAt)).Concat(c.Note is null ? [] : [(c.Note, c.NoteAt)]);

    /// <summary>Fixed conversions between units, which are arithmetic rather than policy figures.</summary>
    private static readonly HashSet<(string Value, string Unit)> Conversions = [("12", "月/年"), ("10000", "元/万元"), ("100", "%")];

    /// <summary>0 and 1 are not figures, nor is a conversion such as 12[月/年] or 10000[元/万元].</summary>
    private static bool IsExempt(NumberLiteral n) =>
        n.Value.CompareTo(SiteGen.Rules.Evaluation.Fraction.Zero) == 0 || n.Value.CompareTo(SiteGen.Rules.Evaluation.Fraction.One) == 0 ||
        (n.UnitText is { } u && Conversions.Contains((n.Value.ToDecimalString(), u.Trim())));

    private static IEnumerable<NumberLiteral> Literals(Expr? e) => e switch
    {
        NumberLiteral n => [n],
        IndexRef i => i.Keys.SelectMany(Literals),
        Unary u => Literals(u.Operand),
        Binary b => Literals(b.Left).Concat(Literals(b.Right)),
        Call c => c.Function == "round" && c.Args.Count == 2 ? Literals(c.Args[0]) : c.Args.SelectMany(Literals),
        _ => [],
    };
}

using SiteGen.Content;
using SiteGen.Content.Loading;
using SiteGen.Content.Model;
using SiteGen.Rules.Model;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Rules.Loading;

/// <summary>Reads a calculators/*.yaml file into a <see cref="Calculator"/>; its expressions are parsed here and typed by the checker.</summary>
internal static class CalculatorReader
{
    /// <summary>The units each period allows: for a household or case, or per person (元/人/月) when the amount is one person's.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> PeriodUnits = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["每月"] = ["元/月", "元/人/月"], ["每年"] = ["元/年", "元/人/年"], ["一次性"] = ["元", "元/人"],
    };

    public static Calculator? Read(string path, string text, DiagnosticBag diagnostics)
    {
        var file = new FileContext(path, 1, diagnostics);
        if (RuleFile.Root(file, text) is not { } map) return null;
        var id = map.RequiredId("id", "an id starting with the region's, such as yangquan-dibao");
        var expected = Path.GetFileNameWithoutExtension(path);
        if (id.Length > 0 && id != expected)
            diagnostics.Add(map.WhereOf("id"), $"id '{id}' differs from the file name '{expected}.yaml': rename one so they match");
        var title = map.RequiredString("title", "what the calculator estimates, such as 最低生活保障金估算");
        var region = map.RequiredId("region", "the id of the region it applies to, from content/regions.yaml");
        var programs = map.StringList("programs");
        if (programs.Count == 0) diagnostics.Add(map.Where, "missing 'programs': the ids of the programmes this rule belongs to");
        var inputs = map.StringList("inputs");
        var eligible = map.MapList("eligible").Select(c =>
        {
            var when = RuleScalars.Expression(c, "when", true, "the condition, such as 年龄 >= 80");
            var fails = c.RequiredString("fails", "what the reader is told when the condition does not hold");
            var failsAt = c.WhereOf("fails");
            c.RejectUnknownKeys();
            return when is null ? null : new Condition(when, fails, failsAt);
        }).OfType<Condition>().ToList();
        var steps = new List<Step>();
        if (RuleScalars.Mapping(map.Raw("steps"), file, "steps") is { } stepNode)
            foreach (var (name, where, node) in RuleScalars.Entries(stepNode, file))
                if (RuleScalars.Expression(node, file, name) is { } rule) steps.Add(new Step(name, rule));
        var amount = RuleScalars.Expression(map, "amount", false, "");
        var unit = map.OptionalString("unit");
        var period = map.OptionalString("period");
        if (amount is not null)
        {
            if (period is null || !PeriodUnits.TryGetValue(period, out var periodUnits))
                diagnostics.Add(map.Has("period") ? map.WhereOf("period") : map.Where, $"a calculator with an amount needs 'period': {string.Join(", ", PeriodUnits.Keys)}");
            else if (!periodUnits.Contains(unit))
                diagnostics.Add(map.Has("unit") ? map.WhereOf("unit") : map.Where, $"period {period} goes with unit {string.Join(" or ", periodUnits)}, but the unit is '{unit}'");
        }
        else if (unit is not null || period is not null)
            diagnostics.Add(map.WhereOf(unit is not null ? "unit" : "period"), "'unit' and 'period' describe the amount, but there is no 'amount'");
        var note = map.OptionalString("note");
        var sources = map.MapList("sources").Select(s =>
        {
            var file2 = s.RequiredString("file", "the seed file, such as seeds/000_….txt");
            var lines = s.RequiredString("lines", "the line range, such as 12-30");
            s.RejectUnknownKeys();
            if (!SourceRefReader.TryParseLines(lines, out var first, out var last))
            {
                if (lines.Length > 0) s.Diagnostics.Add(s.WhereOf("lines"), $"'lines' must be a line number or a range such as 12-30, but it is '{lines}'");
                return null;
            }
            return new SourceRef(file2, first, last, null);
        }).OfType<SourceRef>().ToList();
        var cases = map.MapList("cases").Select(ReadCase).ToList();
        var calculator = new Calculator(id, title, region, programs, inputs, eligible, steps, amount, unit, period, note, sources, cases, map.Where)
        {
            InputsAt = map.WhereOf("inputs"), ProgramsAt = map.WhereOf("programs"), UnitAt = map.WhereOf("unit"),
            TitleAt = map.WhereOf("title"), NoteAt = map.WhereOf("note"),
        };
        map.RejectUnknownKeys();
        return calculator;
    }

    private static RuleCase ReadCase(YamlMap c)
    {
        var inputs = new List<KeyValuePair<string, string>>();
        if (RuleScalars.Mapping(c.Raw("inputs"), c.File, "inputs") is { } node)
            foreach (var (name, where, value) in RuleScalars.Entries(node, c.File))
            {
                if (RuleScalars.Text(value) is { } text) inputs.Add(new(name, text));
                else c.Diagnostics.Add(where, $"the answer to '{name}' must be a single value");
            }
        else if (!c.Has("inputs")) c.Diagnostics.Add(c.Where, "a case needs 'inputs': the answer to each question");
        var amount = c.OptionalString("amount");
        var eligibleText = c.OptionalString("eligible");
        if (eligibleText is not null and not "false" and not "true")
            c.Diagnostics.Add(c.WhereOf("eligible"), $"'eligible' must be true or false, but it is '{eligibleText}'");
        if ((amount is null) == (eligibleText is null))
            c.Diagnostics.Add(c.Where, "a case gives either 'amount' (the hand-worked amount in 元) or 'eligible' (false for a case that must not qualify; true for a rule without an amount)");
        c.RejectUnknownKeys();
        return new RuleCase(inputs, amount, eligibleText switch { "true" => true, "false" => false, _ => null }, c.Where);
    }
}

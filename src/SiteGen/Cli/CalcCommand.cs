using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using SiteGen.Content;
using SiteGen.Rules.Checking;
using SiteGen.Rules.Evaluation;
using SiteGen.Rules.Export;
using SiteGen.Rules.Model;

namespace SiteGen.Cli;

/// <summary>'sitegen calc list' and 'sitegen calc run': the calculators for hotline operators, as the pages run them.</summary>
public static class CalcCommand
{
    public static Command Create(Reporter console)
    {
        var command = new Command("calc", "List the calculators, or run one on a caller's answers");
        command.Subcommands.Add(List(console));
        command.Subcommands.Add(Run(console));
        return command;
    }

    private static Command List(Reporter console)
    {
        var json = new Option<bool>("--json") { Description = "Print a JSON array: id, title, region, programs, inputs (name, label, type, unit, min, max, options)" };
        var content = CommonOptions.Content();
        var list = new Command("list", "Each calculator: its id, title, region, programmes and questions") { json, content };
        list.SetAction(parse =>
        {
            try
            {
                var loaded = new ContentLoader(parse.GetValue(content)!).Load();
                var calculators = loaded.Calculators.Calculators.Where(c => c.Calculator.HasAmount).ToList();
                if (parse.GetValue(json)) console.Out.WriteLine(ListJson(calculators));
                else
                    foreach (var c in calculators)
                    {
                        console.Out.WriteLine($"{c.Id}  {c.Calculator.Title}  [{loaded.Regions.First(r => r.Id == c.Calculator.Region).Name}]  programmes: {string.Join(", ", c.Calculator.Programs)}");
                        foreach (var (name, q) in c.Inputs)
                            console.Out.WriteLine($"    {name}=…  {q.Label}: {RuleArguments.Describe(q, c.AllowedRegions)}");
                    }
                return CommandLine.Success;
            }
            catch (ContentException e) { return console.ContentErrors(e.Diagnostics); }
        });
        return list;
    }

    private static Command Run(Reporter console)
    {
        var id = new Argument<string>("id") { Description = "The calculator's id, from 'sitegen calc list'" };
        var answers = new Argument<string[]>("answers") { Description = "Answers as 名称=值, such as 户籍=城市 家庭人数=3 人均收入=400", Arity = ArgumentArity.ZeroOrMore };
        var json = new Option<bool>("--json") { Description = "Print the result as JSON: status, amount, unit, period, working, failed, errors, message, parameters" };
        var content = CommonOptions.Content();
        var run = new Command("run", "Work out a calculator's amount, with the working and its sources") { id, answers, json, content };
        run.SetAction(parse =>
        {
            try
            {
                var loaded = new ContentLoader(parse.GetValue(content)!).Load();
                var name = parse.GetValue(id)!;
                var scope = loaded.Calculators.Find(name);
                if (scope is { Calculator.HasAmount: false })
                    return console.UsageError($"'{name}' is an eligibility rule without an amount; 'sitegen find' uses it");
                if (scope is null)
                    return console.UsageError($"no calculator '{name}'; 'sitegen calc list' shows them" +
                        (Content.Loading.Spelling.Closest(name, loaded.Calculators.Calculators.Select(c => c.Id)) is { } s ? $" (did you mean '{s}'?)" : ""));
                var (given, problem) = RuleArguments.Parse(parse.GetValue(answers) ?? [], scope.Inputs.Keys.ToList(), loaded);
                if (problem is not null) return console.UsageError(problem);
                var result = Evaluator.Run(scope, new RegionTree(loaded.Regions), given);
                if (result.Status == RuleResult.Invalid)
                    return console.UsageError(string.Join("; ", result.Errors.Select(e => $"{e.Input}: {e.Message} ({RuleArguments.Describe(scope.Inputs[e.Input], scope.AllowedRegions)})")));
                if (parse.GetValue(json)) console.Out.WriteLine(ResultJson.Write(result));
                else WriteText(console.Out, scope, result, new Site.Model.SiteModel(loaded, ""));
                return CommandLine.Success;
            }
            catch (ContentException e) { return console.ContentErrors(e.Diagnostics); }
        });
        return run;
    }

    private static void WriteText(TextWriter o, CalculatorScope scope, RuleResult r, Site.Model.SiteModel site)
    {
        o.WriteLine($"{scope.Calculator.Title}（{site.Region(scope.Calculator.Region).Name}）");
        switch (r.Status)
        {
            case RuleResult.Ok:
                o.WriteLine(r.Amount is null ? "  可能符合条件" : $"  {r.Period} {Fraction.Parse(r.Amount!)!.Value.Display()} 元（{r.Unit}）");
                foreach (var line in r.Working) o.WriteLine($"    {line}");
                foreach (var p in r.Parameters)
                    o.WriteLine($"  依据：{p.Label}，{Site.Pages.CalculatorViews.From(p.From)}，{Site.Pages.CalculatorViews.Cite(site, scope.Parameters[p.Name].Current.Source)}");
                break;
            case RuleResult.NotEligible:
                o.WriteLine("  可能不符合条件：");
                foreach (var f in r.Failed) o.WriteLine($"    {f}");
                break;
            default:
                o.WriteLine($"  {r.Message}");
                break;
        }
        if (scope.Calculator.Note is { } note) o.WriteLine($"  说明：{note}");
        foreach (var line in FindCommand.Contacts(site, scope.Calculator.Programs)) o.WriteLine($"  {line}");
    }

    private static string ListJson(IEnumerable<CalculatorScope> calculators)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartArray();
            foreach (var c in calculators)
            {
                w.WriteStartObject();
                w.WriteString("id", c.Id);
                w.WriteString("title", c.Calculator.Title);
                w.WriteString("region", c.Calculator.Region);
                RulesData.Strings(w, "programs", c.Calculator.Programs);
                w.WriteStartArray("inputs");
                foreach (var (name, q) in c.Inputs)
                {
                    w.WriteStartObject();
                    w.WriteString("name", name);
                    RulesData.WriteAnswerShape(w, q);
                    var options = q.Type switch
                    {
                        QuestionType.Option => q.Options,
                        QuestionType.YesNo => ["是", "否"],
                        QuestionType.Region => c.AllowedRegions.Select(r => r.Id).ToList(),
                        _ => null,
                    };
                    if (options is null) w.WriteNull("options"); else RulesData.Strings(w, "options", options);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}

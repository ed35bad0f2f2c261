using System.CommandLine;
using SiteGen.Content;
using SiteGen.Content.Model;
using SiteGen.Rules.Export;
using SiteGen.Rules.Finder;
using SiteGen.Rules.Model;

namespace SiteGen.Cli;

/// <summary>'sitegen find': the finder (政策找人) for an operator, on the caller's answers.</summary>
public static class FindCommand
{
    public static Command Create(Reporter console)
    {
        var answers = new Argument<string[]>("answers") { Description = "Answers as 名称=值, such as 地区=huguan 年龄=85 低保对象=是", Arity = ArgumentArity.ZeroOrMore };
        var json = new Option<bool>("--json") { Description = "Print the result as JSON: regions, questions, results" };
        var content = CommonOptions.Content();
        var command = new Command("find", "List the programmes a person may qualify for, from their answers") { answers, json, content };
        command.SetAction(parse =>
        {
            try
            {
                var loaded = new ContentLoader(parse.GetValue(content)!).Load();
                var known = loaded.Calculators.Questions.Select(q => q.Name).Prepend(Question.RegionName).ToList();
                var (given, problem) = RuleArguments.Parse(parse.GetValue(answers) ?? [], known, loaded);
                if (problem is not null) return console.UsageError(problem);
                var regions = new RegionTree(loaded.Regions);
                if (!given.TryGetValue(Question.RegionName, out var region) || !regions.ById.ContainsKey(region))
                    return console.UsageError($"give 地区=…, the region the person lives in: {string.Join(", ", loaded.Regions.Select(r => $"{r.Id} ({r.Name})"))}");
                var questions = loaded.Calculators.Questions.ToDictionary(q => q.Name, StringComparer.Ordinal);
                foreach (var (name, value) in given.Where(g => g.Key != Question.RegionName))
                    if (Rules.Evaluation.InputReader.Read(questions[name], value, []) is (null, { } error))
                        return console.UsageError($"{name}: {error} ({RuleArguments.Describe(questions[name], [])})");
                var result = EligibilityFinder.Find(loaded.Calculators, regions, given);
                if (parse.GetValue(json)) { console.Out.WriteLine(ResultJson.Write(result)); return CommandLine.Success; }
                WriteText(console.Out, result, new Site.Model.SiteModel(loaded, ""));
                return CommandLine.Success;
            }
            catch (ContentException e) { return console.ContentErrors(e.Diagnostics); }
        });
        return command;
    }

    /// <summary>Whom to call about each programme, as the operator reads it out: title, phones, office.</summary>
    public static IEnumerable<string> Contacts(Site.Model.SiteModel site, IEnumerable<string> programs) =>
        programs.Select(id => site.ProgramsById[id]).Select(p =>
        {
            var contact = site.Contact(p);
            var phones = contact.Phones.Count > 0 ? string.Join("、", contact.Phones) : contact.Note;
            return $"咨询：{p.DisplayTitle} {phones}（{site.DepartmentFullName(p.Department)}）";
        });

    private static void WriteText(TextWriter o, FinderResult result, Site.Model.SiteModel site)
    {
        var calculators = site.Content.Calculators.Calculators.ToDictionary(c => c.Id, StringComparer.Ordinal);
        foreach (var (status, heading) in new[] { (FinderEntry.Likely, "可能符合（以主管部门审核为准）"), (FinderEntry.Unknown, "还需了解"), (FinderEntry.Near, "差一点") })
        {
            var entries = result.Results.Where(r => r.Status == status).ToList();
            if (entries.Count == 0) continue;
            o.WriteLine(heading);
            foreach (var e in entries)
            {
                var names = string.Join("、", e.Programs.Select(p => site.ProgramsById[p].Title));
                var amount = e.Amount is null ? "" : $"  {e.Period}约{Rules.Evaluation.Fraction.Parse(e.Amount)!.Value.Display()}元（{e.Unit}）";
                o.WriteLine($"  {names}（{calculators[e.Calculator].Calculator.Title}）{amount}");
                foreach (var f in e.Failed) o.WriteLine($"    原因：{f}");
                if (e.Needs.Count > 0) o.WriteLine($"    还需回答：{string.Join("、", e.Needs)}");
                foreach (var line in Contacts(site, e.Programs)) o.WriteLine($"    {line}");
            }
        }
        if (result.Results.Count == 0) o.WriteLine("没有找到可能符合的项目；请拨打当地民政部门电话咨询。");
    }
}

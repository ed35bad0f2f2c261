using SiteGen.Content;
using SiteGen.Content.Loading;
using SiteGen.Content.Model;
using SiteGen.Rules.Model;

namespace SiteGen.Cli;

/// <summary>The 名称=值 arguments of 'calc run' and 'find': split, names checked, a region given by name turned into its id.</summary>
public static class RuleArguments
{
    public static (Dictionary<string, string> Answers, string? Problem) Parse(IEnumerable<string> args, IReadOnlyCollection<string> known, ContentSet content)
    {
        var answers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var arg in args)
        {
            var eq = arg.IndexOf('=');
            if (eq <= 0) return (answers, $"'{arg}' is not 名称=值: write each answer as a question's name, '=', and the answer, such as 年龄=85");
            var name = arg[..eq].Trim();
            var value = arg[(eq + 1)..].Trim();
            if (!known.Contains(name))
            {
                var suggestion = Spelling.Closest(name, known);
                return (answers, $"'{name}' is not a question here" + (suggestion is null ? "" : $" (did you mean '{suggestion}'?)") + $"; the questions are {string.Join(", ", known)}");
            }
            if (!answers.TryAdd(name, name == Question.RegionName ? RegionId(value, content.Regions) : value))
                return (answers, $"'{name}' is given twice");
        }
        return (answers, null);
    }

    /// <summary>A region may be written by id (huguan) or by name (壶关县, or 壶关 without the level).</summary>
    private static string RegionId(string value, IReadOnlyList<Region> regions) =>
        regions.FirstOrDefault(r => r.Id == value)?.Id
        ?? regions.FirstOrDefault(r => r.Name == value)?.Id
        ?? regions.FirstOrDefault(r => r.Name.Length > 1 && r.Name[..^1] == value)?.Id
        ?? value;

    public static string Describe(Question q, IReadOnlyList<Region> allowed) => q.Type switch
    {
        QuestionType.Number or QuestionType.Integer => $"{Question.TypeName(q.Type)} {q.Min?.Display()}–{q.Max?.Display()}{(q.Unit is null ? "" : " " + q.Unit)}",
        QuestionType.Option => "one of " + string.Join(" / ", q.Options),
        QuestionType.YesNo => "是 / 否",
        _ => "one of " + string.Join(" / ", allowed.Select(r => $"{r.Id} ({r.Name})")),
    };
}

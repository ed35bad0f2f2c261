using SiteGen.Content.Loading;
using SiteGen.Rules.Model;

namespace SiteGen.Rules.Loading;

/// <summary>Reads one entry of a questions/*.yaml file.</summary>
internal static class QuestionReader
{
    private static readonly Dictionary<string, QuestionType> Types = new(StringComparer.Ordinal)
    {
        ["number"] = QuestionType.Number, ["integer"] = QuestionType.Integer, ["option"] = QuestionType.Option, ["yesno"] = QuestionType.YesNo,
    };

    public static Question Read(YamlMap map)
    {
        var name = map.RequiredString("name", "the name rules use, such as 年龄");
        var label = map.RequiredString("label", "the question as the reader sees it, such as 年龄（周岁）");
        var typeText = map.RequiredString("type", "number, integer, option or yesno");
        if (!Types.TryGetValue(typeText, out var type) && typeText.Length > 0)
            map.Diagnostics.Add(map.WhereOf("type"), $"type '{typeText}' is not one of number, integer, option, yesno");
        var unit = map.OptionalString("unit");
        var min = map.Has("min") ? RuleScalars.Number(map.Raw("min"), map.File, "min") : null;
        var max = map.Has("max") ? RuleScalars.Number(map.Raw("max"), map.File, "max") : null;
        var options = map.StringList("options");
        var group = map.OptionalString("group");
        var help = map.OptionalString("help");
        if (name == Question.RegionName)
            map.Diagnostics.Add(map.WhereOf("name"), $"'{Question.RegionName}' is built in (the reader's region); give this question another name");
        if (type is QuestionType.Number or QuestionType.Integer)
        {
            if (!map.Has("min") || !map.Has("max"))
                map.Diagnostics.Add(map.Where, $"question '{name}' is a {typeText} and needs 'min' and 'max', the smallest and largest answer accepted");
            else if (min is { } lo && max is { } hi && lo.CompareTo(hi) > 0)
                map.Diagnostics.Add(map.WhereOf("min"), $"'min' ({lo}) is larger than 'max' ({hi})");
            if (type == QuestionType.Integer && (min is { IsInteger: false } || max is { IsInteger: false }))
                map.Diagnostics.Add(map.WhereOf("min"), "an integer question needs whole-number 'min' and 'max'");
            if (options.Count > 0) map.Diagnostics.Add(map.WhereOf("options"), $"'options' belong to option questions, but '{name}' is a {typeText}");
        }
        if (type == QuestionType.Option)
        {
            if (options.Count < 2) map.Diagnostics.Add(map.Where, $"option question '{name}' needs 'options', a list of at least two answers");
            foreach (var dup in options.GroupBy(o => o, StringComparer.Ordinal).Where(g => g.Count() > 1))
                map.Diagnostics.Add(map.WhereOf("options"), $"option '{dup.Key}' is listed twice");
        }
        if (type is QuestionType.Option or QuestionType.YesNo && (map.Has("min") || map.Has("max")))
            map.Diagnostics.Add(map.WhereOf(map.Has("min") ? "min" : "max"), $"'min' and 'max' belong to number questions, but '{name}' is a {typeText}");
        return new Question(name, label, type, unit, min, max, options, group, help, map.Where);
    }
}

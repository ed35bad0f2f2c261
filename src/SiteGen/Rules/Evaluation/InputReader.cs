using System.Text.RegularExpressions;
using SiteGen.Content.Model;
using SiteGen.Rules.Model;

namespace SiteGen.Rules.Evaluation;

/// <summary>
/// Turns typed answers (text, as from a form field or the command line) into values, with the messages the
/// page shows for each kind of mistake. The page script words them identically.
/// </summary>
public static partial class InputReader
{
    public static (RuleValue? Value, string? Error) Read(Question q, string? raw, IReadOnlyList<Region> allowedRegions)
    {
        var text = raw?.Trim() ?? "";
        if (text.Length == 0) return (null, $"请填写{q.Label}");
        switch (q.Type)
        {
            case QuestionType.Number or QuestionType.Integer:
                var integer = q.Type == QuestionType.Integer;
                if (!(integer ? IntegerText() : NumberText()).IsMatch(text)) return (null, integer ? $"{q.Label}应为整数" : $"{q.Label}应为数字");
                var value = Fraction.Parse(text)!.Value;
                if ((q.Min is { } min && value.CompareTo(min) < 0) || (q.Max is { } max && value.CompareTo(max) > 0))
                    return (null, $"{q.Label}应在{q.Min?.Display()}至{q.Max?.Display()}{q.Unit}之间");
                return (new NumberValue(value), null);
            case QuestionType.YesNo:
                return text is "是" or "否" ? (new BoolValue(text == "是"), null) : (null, $"{q.Label}请选择是或否");
            case QuestionType.Option:
                return q.Options.Contains(text, StringComparer.Ordinal) ? (new TextValue(text), null) : (null, $"{q.Label}请从选项中选择");
            default:
                return allowedRegions.Any(r => r.Id == text) ? (new TextValue(text), null) : (null, $"{q.Label}请从选项中选择");
        }
    }

    [GeneratedRegex(@"^-?[0-9]+(\.[0-9]+)?$")]
    private static partial Regex NumberText();

    [GeneratedRegex(@"^-?[0-9]+$")]
    private static partial Regex IntegerText();
}

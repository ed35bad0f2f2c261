using SiteGen.Content.Model;
using SiteGen.Rules.Evaluation;

namespace SiteGen.Rules.Model;

public enum QuestionType { Number, Integer, Option, YesNo, Region }

/// <summary>Something a calculator or the finder asks the reader; one definition shared by every rule that uses the name.</summary>
public sealed record Question(
    string Name, string Label, QuestionType Type, string? Unit, Fraction? Min, Fraction? Max,
    IReadOnlyList<string> Options, string? Group, string? Help, SourceSpan Origin)
{
    /// <summary>The built-in question: where the person lives, as a region id.</summary>
    public const string RegionName = "地区";

    public static Question Region { get; } = new(RegionName, "所在地区", QuestionType.Region, null, null, null, [], "基本情况", null, new SourceSpan("content/rules", 0, 0));

    public static string TypeName(QuestionType type) => type switch
    {
        QuestionType.Number => "number", QuestionType.Integer => "integer", QuestionType.Option => "option",
        QuestionType.YesNo => "yesno", _ => "region",
    };
}

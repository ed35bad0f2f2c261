using SiteGen.Rules.Language;
using SiteGen.Rules.Model;

namespace SiteGen.Rules.Checking;

/// <summary>The type of a rule value. A unitless literal is flexible: it takes the unit of what it meets (max(0, 标准 − 收入)).</summary>
public abstract record RuleType
{
    public abstract string Describe();
}

public sealed record NumberType(Unit Unit, bool Flexible = false) : RuleType
{
    public override string Describe() => Unit.IsNone ? (Flexible ? "a number" : "a number without unit") : $"a number in {Unit}";
}

public sealed record BoolType : RuleType
{
    public static readonly BoolType Instance = new();
    public override string Describe() => "a condition (是/否)";
}

public sealed record ChoiceType(Question Question) : RuleType
{
    public override string Describe() => Question.Type == QuestionType.Region ? "a region" : $"an answer to {Question.Name}";
}

public sealed record TextType(string Value) : RuleType
{
    public override string Describe() => $"the text \"{Value}\"";
}

using SiteGen.Content.Model;
using SiteGen.Rules.Language;

namespace SiteGen.Rules.Model;

/// <summary>The text of one expression and where it starts, so an offset in it becomes a path:line:col.</summary>
public sealed record RuleText(string Text, SourceSpan Start, Expr? Expr)
{
    public SourceSpan At(int offset) => Start with { Column = Start.Column + offset };
}

public sealed record Condition(RuleText When, string Fails, SourceSpan FailsAt);

public sealed record Step(string Name, RuleText Rule);

/// <summary>A hand-worked case: the inputs, and either the expected amount or whether the person is eligible.</summary>
public sealed record RuleCase(IReadOnlyList<KeyValuePair<string, string>> Inputs, string? Amount, bool? Eligible, SourceSpan Origin);

/// <summary>
/// One calculator, or an eligibility rule when it has no amount: the programmes it belongs to, the
/// questions it asks, its conditions, named steps and amount, and the cases that prove it.
/// </summary>
public sealed record Calculator(
    string Id, string Title, string Region, IReadOnlyList<string> Programs, IReadOnlyList<string> Inputs,
    IReadOnlyList<Condition> Eligible, IReadOnlyList<Step> Steps, RuleText? Amount, string? Unit, string? Period,
    string? Note, IReadOnlyList<SourceRef> Sources, IReadOnlyList<RuleCase> Cases, SourceSpan Origin)
{
    public SourceSpan InputsAt { get; init; } = Origin;
    public SourceSpan ProgramsAt { get; init; } = Origin;
    public SourceSpan UnitAt { get; init; } = Origin;
    public SourceSpan TitleAt { get; init; } = Origin;
    public SourceSpan NoteAt { get; init; } = Origin;

    public bool HasAmount => Amount is not null;
}

/// <summary>Everything in content/rules/.</summary>
public sealed record RuleSet(IReadOnlyList<Question> Questions, IReadOnlyList<Parameter> Parameters, IReadOnlyList<Calculator> Calculators)
{
    public static RuleSet Empty { get; } = new([], [], []);
}

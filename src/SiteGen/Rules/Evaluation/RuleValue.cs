namespace SiteGen.Rules.Evaluation;

/// <summary>A value while a rule runs: an exact number, a condition, or a text (an option or a region id).</summary>
public abstract record RuleValue;

public sealed record NumberValue(Fraction Value) : RuleValue;

public sealed record BoolValue(bool Value) : RuleValue;

public sealed record TextValue(string Value) : RuleValue;

/// <summary>For the finder: a value that needs answers not given yet, and which.</summary>
public sealed record UnknownValue(IReadOnlyList<string> Needs) : RuleValue;

namespace SiteGen.Rules.Evaluation;

public sealed record InputError(string Input, string Message);

public sealed record UsedParameter(string Name, string Label, string From, string Source);

/// <summary>
/// The outcome of running a calculator. The page script returns an object with the same fields in the same
/// order for the same inputs; the parity tests compare the two as JSON.
/// </summary>
public sealed record RuleResult(
    string Status, string? Amount, string? Unit, string? Period, IReadOnlyList<string> Working, IReadOnlyList<string> Failed,
    IReadOnlyList<InputError> Errors, string? Message, IReadOnlyList<UsedParameter> Parameters)
{
    public const string Ok = "ok", NotEligible = "not_eligible", Invalid = "invalid", Outside = "outside", Error = "error";
}

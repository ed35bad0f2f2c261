using SiteGen.Content.Model;
using SiteGen.Rules.Model;

namespace SiteGen.Rules.Checking;

/// <summary>
/// A calculator with its names resolved: the questions it asks, the parameters it can see (nearest region
/// first), the unit of each step, and the regions a reader of it may live in.
/// </summary>
public sealed record CalculatorScope(
    Calculator Calculator,
    IReadOnlyDictionary<string, Question> Inputs,
    IReadOnlyDictionary<string, Parameter> Parameters,
    IReadOnlyDictionary<string, string?> StepUnits,
    IReadOnlyList<Region> AllowedRegions,
    IReadOnlyList<string> UsedParameters)
{
    public string Id => Calculator.Id;
}

/// <summary>The rules after checking, ready to evaluate and to export.</summary>
public sealed record CheckedRules(IReadOnlyList<Question> Questions, IReadOnlyList<CalculatorScope> Calculators)
{
    public static CheckedRules Empty { get; } = new([], []);

    public CalculatorScope? Find(string id) => Calculators.FirstOrDefault(c => c.Id == id);
}

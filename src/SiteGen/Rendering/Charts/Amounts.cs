using SiteGen.Rules.Evaluation;

namespace SiteGen.Rendering.Charts;

/// <summary>How a chart writes an amount: at most two decimals, rounded half away from zero, no trailing zeros, invariant digits.</summary>
public static class Amounts
{
    public static string Text(Fraction value) => value.Round(2).Display();

    /// <summary>Whether <see cref="Text"/> is the exact amount, so a conversion can say "=" rather than "≈".</summary>
    public static bool IsExact(Fraction value) => value.Round(2).Equals(value);
}

using SiteGen.Rules.Evaluation;

namespace SiteGen.Rendering.Charts;

/// <summary>
/// Turns an amount of money per 月 or per 年 into one per the chart's period, with the working as text
/// ("6780元/人/年 ÷ 12 = 565元/人/月"). 万元 is written in 元. Units are handled as text segments between '/',
/// so every other part (人, 亩) stays as the source wrote it. These are the same fixed conversions the rule language
/// allows (12[月/年], 10000[元/万元]).
/// </summary>
public static class PeriodConversion
{
    public static readonly IReadOnlyList<string> Periods = ["月", "年"];

    private const int MonthsPerYear = 12;
    private const int YuanPerWan = 10000;

    public sealed record Result(Fraction Value, string Unit, string Working);

    /// <summary>The amount per <paramref name="period"/>, or a sentence saying why this unit cannot be converted.</summary>
    public static (Result? Result, string? Problem) Convert(Fraction value, string? unit, string period)
    {
        var parts = (unit ?? "").Split('/').Select(p => p.Trim()).ToList();
        var shown = string.IsNullOrWhiteSpace(unit) ? "a figure with no unit" : $"the unit '{unit}'";
        if (parts[0] is not ("元" or "万元"))
            return (null, $"{shown} is not an amount of money in 元 or 万元, so it cannot be drawn beside amounts per {period}");
        var times = parts.Skip(1).Select((p, i) => (Part: p, Index: i + 1)).Where(p => Periods.Contains(p.Part)).ToList();
        if (times.Count != 1)
            return (null, times.Count == 0
                ? $"{shown} is not per 月 or per 年, so it cannot be shown per {period}"
                : $"{shown} is per more than one period, so it cannot be shown per {period}");
        var working = new List<string>();
        var result = value;
        if (parts[0] == "万元")
        {
            result *= Fraction.Of(YuanPerWan);
            working.Add($"× {YuanPerWan}");
            parts[0] = "元";
        }
        var (from, at) = times[0];
        if (from != period)
        {
            var perMonth = from == "年";
            result = perMonth ? result / Fraction.Of(MonthsPerYear) : result * Fraction.Of(MonthsPerYear);
            working.Add(perMonth ? $"÷ {MonthsPerYear}" : $"× {MonthsPerYear}");
            parts[at] = period;
        }
        var target = string.Join("/", parts);
        var text = working.Count == 0 ? ""
            : $"{value.Display()}{unit!.Trim()} {string.Join(" ", working)} {(Amounts.IsExact(result) ? "=" : "≈")} {Amounts.Text(result)}{target}";
        return (new Result(result, target, text), null);
    }
}

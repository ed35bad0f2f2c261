using SiteGen.Content;
using SiteGen.Content.Model;
using SiteGen.Rendering.Charts;
using SiteGen.Rules.Evaluation;
using SiteGen.Rules.Model;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rendering.Charts;

/// <summary>
/// The charts of content/kinds.yaml against content/rules/parameters/: every bar is one value of the named parameter's
/// current version, converted to the chart's period by the fixed factors only, and every value of a named parameter
/// has its bar.
/// </summary>
public sealed class RealChartTests
{
    private static readonly Lazy<ContentSet> Content = new(() => new ContentLoader(Repo.Content).Load());

    [Fact]
    public void Every_bar_is_a_parameter_value_in_the_charts_period()
    {
        var content = Content.Value;
        var resolver = new ChartResolver(content);
        var charts = content.Kinds.SelectMany(k => k.Charts).ToList();
        Assert.NotEmpty(charts);
        foreach (var spec in charts)
        {
            var diagnostics = new DiagnosticBag();
            var chart = resolver.Resolve(spec, diagnostics);
            Assert.Empty(diagnostics.Items);
            var expected = spec.Parameters.SelectMany(r =>
            {
                var p = content.Rules.Parameters.Single(x => x.Region == r.Region && x.Name == r.Name);
                return p.Current.Shape.Values.Select(v => (v.Value, Expected: Expected(v.Value, p.Unit!, spec.Period)));
            }).ToList();
            var bars = chart.Bars.ToList();
            Assert.Equal(expected.Count, bars.Count);
            for (var i = 0; i < bars.Count; i++)
            {
                Assert.Equal(expected[i].Value, bars[i].Original);
                Assert.Equal(expected[i].Expected, bars[i].Value);
                Assert.EndsWith("/" + spec.Period, bars[i].Unit);
            }
        }
    }

    [Fact]
    public void A_yearly_standard_shows_its_monthly_amount_and_the_division()
    {
        var content = Content.Value;
        var spec = content.Kinds.Single(k => k.Id == "dibao").Charts.Single(c => c.Label == "农村低保标准");
        var chart = new ChartResolver(content).Resolve(spec, new DiagnosticBag());
        var huguan = chart.Groups.Single(g => g.Heading == "长治市").Bars.Single(b => b.Label == "壶关县");
        Assert.Equal("565元/人/月", huguan.ValueText);
        Assert.Equal("6780元/人/年 ÷ 12 = 565元/人/月", huguan.Conversion);
        var luzhou = chart.Groups.Single(g => g.Heading == "长治市").Bars.Single(b => b.Label == "潞州区");
        Assert.Equal("9360元/人/年 ÷ 12 = 780元/人/月", luzhou.Conversion);
        var shangdang = chart.Groups.Single(g => g.Heading == "长治市").Bars.Single(b => b.Label == "上党区");
        Assert.Equal("7094元/人/年 ÷ 12 ≈ 591.17元/人/月", shangdang.Conversion);
    }

    [Theory]
    [InlineData("6780", "元/人/年", "月", "565", "元/人/月", "6780元/人/年 ÷ 12 = 565元/人/月")]
    [InlineData("122", "元/月", "年", "1464", "元/年", "122元/月 × 12 = 1464元/年")]
    [InlineData("1.1", "万元/人/年", "年", "11000", "元/人/年", "1.1万元/人/年 × 10000 = 11000元/人/年")]
    [InlineData("0.907", "万元/人/年", "月", "9070/12", "元/人/月", "0.907万元/人/年 × 10000 ÷ 12 ≈ 755.83元/人/月")]
    [InlineData("657", "元/人/月", "月", "657", "元/人/月", "")]
    public void Conversions_use_the_fixed_factors_and_show_the_working(string value, string unit, string period, string expected, string expectedUnit, string working)
    {
        var (result, problem) = PeriodConversion.Convert(Fraction.Parse(value)!.Value, unit, period);
        Assert.Null(problem);
        var parts = expected.Split('/');
        var want = parts.Length == 2 ? Fraction.Parse(parts[0])!.Value / Fraction.Parse(parts[1])!.Value : Fraction.Parse(expected)!.Value;
        Assert.Equal(want, result!.Value);
        Assert.Equal(expectedUnit, result.Unit);
        Assert.Equal(working, result.Working);
    }

    [Theory]
    [InlineData("元", "is not per 月 or per 年")]
    [InlineData("%", "is not an amount of money")]
    [InlineData("元/人/月/年", "per more than one period")]
    [InlineData(null, "a figure with no unit is not an amount of money")]
    public void A_unit_that_cannot_be_converted_says_why(string? unit, string message)
    {
        var (result, problem) = PeriodConversion.Convert(Fraction.Of(1), unit, "月");
        Assert.Null(result);
        Assert.Contains(message, problem);
    }

    /// <summary>The test's own working: 万元 is 10000 元, a year 12 months.</summary>
    private static Fraction Expected(Fraction value, string unit, string period)
    {
        var parts = unit.Split('/');
        var v = parts[0] == "万元" ? value * Fraction.Of(10000) : value;
        var from = parts.Single(p => p is "月" or "年");
        return from == period ? v : from == "年" ? v / Fraction.Of(12) : v * Fraction.Of(12);
    }
}

public sealed class TextWidthTests
{
    [Fact]
    public void A_closing_bracket_never_begins_a_line()
    {
        var lines = SiteGen.Rendering.Charts.TextWidth.Wrap("一级、二级重度残疾人护理补贴标准（每人每月）", 21.3);
        Assert.All(lines, l => Assert.False(l.StartsWith('）'), string.Join("|", lines)));
        Assert.Equal("一级、二级重度残疾人护理补贴标准（每人每月）", string.Concat(lines));
        Assert.All(lines, l => Assert.True(SiteGen.Rendering.Charts.TextWidth.Ems(l) <= 21.3, l));
    }

    [Fact]
    public void Digits_stay_together()
    {
        var lines = SiteGen.Rendering.Charts.TextWidth.Wrap("低保家庭80至99周岁老年人每人每月标准", 2);
        Assert.Contains("80", lines);
        Assert.Contains("99", lines);
    }
}

using SiteGen.Provenance;

namespace SiteGen.Tests.Answers;

public sealed class ChineseNumeralTests
{
    [Theory]
    [InlineData("八十", 80)]
    [InlineData("十五", 15)]
    [InlineData("一百零五", 105)]
    [InlineData("三百二十", 320)]
    [InlineData("两千", 2000)]
    [InlineData("一万二千", 12000)]
    [InlineData("二〇二五", 2025)]
    [InlineData("五十", 50)]
    public void Numerals_are_read_as_numbers(string numeral, long value) => Assert.Equal(value, ChineseNumerals.Value(numeral));

    [Theory]
    [InlineData("年满八十周岁的老人", "八十周岁", "80")]
    [InlineData("连续三个月", "三个月", "3")]
    [InlineData("补助百分之五十", "百分之五十", "50")]
    [InlineData("二〇二五年起", "二〇二五年", "2025")]
    [InlineData("一级、二级重度残疾人", "一级", "1")]
    public void Figures_are_numerals_with_a_unit(string text, string figure, string value) =>
        Assert.Contains((figure, value), ChineseNumerals.Figures(text));

    [Theory]
    [InlineData("一律按规定执行")]
    [InlineData("十分重要")]
    [InlineData("统一办理")]
    public void Words_that_contain_numerals_are_not_figures(string text) => Assert.Empty(ChineseNumerals.Figures(text));
}

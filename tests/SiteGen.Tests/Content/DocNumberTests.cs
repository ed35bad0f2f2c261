using SiteGen.Content;

namespace SiteGen.Tests.Content;

/// <summary>One document is one record however a source brackets or spaces its 文号.</summary>
public sealed class DocNumberTests
{
    [Theory]
    [InlineData("国发〔2016〕14号")]
    [InlineData("国发[2016]14号")]
    [InlineData("国发【2016】14号")]
    [InlineData("国发(2016)14号")]
    [InlineData("国发（2016）14号")]
    [InlineData("国发［2016］14号")]
    [InlineData("国发﹝2016﹞14号")]
    [InlineData("国发〔２０１６〕１４号")]
    [InlineData("国发〔2016\n〕14号")]
    [InlineData("国发〔\n2016〕14号")]
    [InlineData("国发 [ 2016 ] 14 号")]
    [InlineData("国发[〔2016〕14号")]
    [InlineData("国发[〔2016\n〕14号")]
    public void Every_bracket_and_digit_variant_normalises_to_the_same_number(string text)
    {
        var found = DocNumber.FindAll(text).Single();
        Assert.Equal("国发〔2016〕14号", found.Number.ToString());
    }

    [Theory]
    [InlineData("《关于…的通知》（晋民发〔2021〕57号）", "晋民发〔2021〕57号")]
    [InlineData("年度救助起付标准按照晋政办发〔2022〕74号执行", "晋政办发〔2022〕74号")]
    [InlineData("县级 国转联[2001]8号文件", "国转联〔2001〕8号")]
    [InlineData("根据吕退役军人发〔2020〕26号", "吕退役军人发〔2020〕26号")]
    [InlineData("关于印发…的通知吕残联字〔2025〕9号", "吕残联字〔2025〕9号")]
    public void The_prefix_is_the_issuers_and_not_the_words_before_it(string text, string expected) =>
        Assert.Equal(expected, DocNumber.FindAll(text).Single().Number.ToString());

    [Theory]
    [InlineData("财政部 国家林草局关于修订《林业草原改革发展资金管理办法》的通知 （〔2024〕158号）")]
    [InlineData("关于修订资金管理办法的通知（〔2024〕158号）")]
    [InlineData("吕财农2023 115号")]
    public void A_number_without_its_issuer_or_brackets_is_not_a_number(string text) =>
        Assert.Empty(DocNumber.FindAll(text));

    [Fact]
    public void A_passage_with_several_numbers_yields_each_in_order()
    {
        var numbers = DocNumber.FindAll("（国发〔2014〕47号）和（晋政发[2015]3号）").Select(f => f.Number.ToString()).ToList();
        Assert.Equal(["国发〔2014〕47号", "晋政发〔2015〕3号"], numbers);
    }

    [Theory]
    [InlineData("国发〔2016〕14号", true)]
    [InlineData("国发[2016]14号", true)]
    [InlineData("国发2016年14号", false)]
    [InlineData("关于…的通知", false)]
    [InlineData("国发〔2016〕14号和国发〔2016〕15号", false)]
    public void Parse_accepts_exactly_one_number(string text, bool valid) =>
        Assert.Equal(valid, DocNumber.Parse(text) is not null);

    [Fact]
    public void The_slug_is_stable_ascii_and_differs_by_issuer()
    {
        var a = DocNumber.Parse("国发〔2016〕14号")!.Slug;
        Assert.Equal(a, DocNumber.Parse("国发[2016]14号")!.Slug);
        Assert.Matches("^2016-14-[0-9a-f]{6}$", a);
        Assert.NotEqual(a, DocNumber.Parse("晋政发〔2016〕14号")!.Slug);
    }
}

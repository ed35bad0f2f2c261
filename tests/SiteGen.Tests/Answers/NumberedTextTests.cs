using SiteGen.Rendering;

namespace SiteGen.Tests.Answers;

public sealed class NumberedTextTests
{
    [Fact]
    public void A_numbered_run_becomes_a_list_and_the_number_is_not_glued_to_the_figure()
    {
        var html = NumberedText.Render("按年龄段发放：1.80（含）至89（含）周岁，每人每月100元；2.90（含）至99（含）周岁，每人每月200元。").Value;
        Assert.Equal("<span class=\"list-intro\">按年龄段发放：</span><ol class=\"numbered\"><li>80（含）至89（含）周岁，每人每月100元；</li><li>90（含）至99（含）周岁，每人每月200元。</li></ol>", html);
    }

    [Fact]
    public void Bracketed_numbers_count_too() =>
        Assert.Contains("<li>城市</li><li>农村</li>", NumberedText.Render("（1）城市（2）农村").Value);

    [Theory]
    [InlineData("每人每月1.5元，另补2.5元。")]
    [InlineData("1.只有一项。")]
    [InlineData("2.从二开始；3.不是列表。")]
    [InlineData("标准为1.80元")]
    public void Other_text_stays_as_it_is(string text) =>
        Assert.Equal(System.Net.WebUtility.HtmlEncode(text), NumberedText.Render(text).Value);

    [Fact]
    public void Items_are_encoded() =>
        Assert.Contains("<li>&lt;b&gt;</li>", NumberedText.Render("1.<b> 2.x").Value);
}

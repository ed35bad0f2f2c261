using SiteGen.Content;

namespace SiteGen.Tests.Content;

/// <summary>A region's names as callers say them: the full name, and its short form when enough of it remains.</summary>
public sealed class PlaceNamesTests
{
    [Theory]
    [InlineData("平定县", "平定")]
    [InlineData("潞州区", "潞州")]
    [InlineData("阳泉市", "阳泉")]
    [InlineData("山西省", "山西")]
    [InlineData("汾阳市", "汾阳")]
    [InlineData("孟村回族自治县", "孟村回族")]
    [InlineData("浦东新区", "浦东")]
    [InlineData("五台山风景名胜区", "五台山风景名胜")]
    public void A_name_ending_in_a_level_word_has_a_short_form(string name, string shortForm)
    {
        Assert.Equal(shortForm, PlaceNames.ShortForm(name));
        Assert.Equal([name, shortForm], PlaceNames.Of(name));
    }

    [Theory]
    [InlineData("盂县")]
    [InlineData("城区")]
    [InlineData("郊区")]
    [InlineData("沁县")]
    [InlineData("甲新区")] // one character before 新区: neither 甲 nor 甲新 names the place
    [InlineData("测试")]
    [InlineData("县")]
    [InlineData("")]
    public void A_name_without_a_suffix_or_with_one_character_left_has_none(string name)
    {
        Assert.Null(PlaceNames.ShortForm(name));
        Assert.Equal([name], PlaceNames.Of(name));
    }

    [Fact]
    public void Characters_are_counted_not_UTF16_units()
    {
        // 𠀋 is outside the Basic Multilingual Plane: one character in two UTF-16 units.
        Assert.Null(PlaceNames.ShortForm("𠀋县"));
        Assert.Equal("𠀋𠀋", PlaceNames.ShortForm("𠀋𠀋县"));
    }

    [Fact]
    public void A_region_gives_its_names()
    {
        var region = new SiteGen.Content.Model.Region("pingding", "平定县", "yangquan", "县", new("regions.yaml", 1, 1));
        Assert.Equal(["平定县", "平定"], PlaceNames.Of(region));
    }
}

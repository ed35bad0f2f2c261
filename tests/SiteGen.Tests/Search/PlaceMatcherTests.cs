using SiteGen.Content.Model;
using SiteGen.Search.Querying;

namespace SiteGen.Tests.Search;

/// <summary>Places named in a query: by their characters, and by their pinyin typed as whole words.</summary>
public sealed class PlaceMatcherTests
{
    private static readonly SourceSpan Here = new("regions.yaml", 1, 1);

    private static readonly PlaceMatcher Places = new([
        new Region("changzhi", "长治市", null, "city", Here),
        new Region("luzhou", "潞州区", "changzhi", "county", Here),
        new Region("yangquan", "阳泉市", null, "city", Here),
        new Region("yuxian", "盂县", "yangquan", "county", Here),
    ]);

    [Theory]
    [InlineData("yangquan gaoling butie", "yangquan", "         gaoling butie")]
    [InlineData("yangquanshi dibao", "yangquan", "            dibao")]
    [InlineData("luzhou qu 低保", "luzhou", "          低保")]
    [InlineData("低保 yu xian", "yuxian", "低保        ")]
    // 长 reads chang and zhang: either spelling is the city.
    [InlineData("zhangzhi", "changzhi", "        ")]
    public void A_place_typed_in_pinyin_is_found_and_taken_out_of_the_text(string query, string region, string rest)
    {
        var (regions, text) = Places.Find(query);
        Assert.Equal([region], regions);
        Assert.Equal(rest, text);
    }

    [Theory]
    [InlineData("yangquangaoling")]
    [InlineData("yq dibao")]
    [InlineData("dibao")]
    [InlineData("yang-quan")]
    public void Letters_that_are_no_whole_spelling_of_a_place_name_none(string query)
    {
        var (regions, text) = Places.Find(query);
        Assert.Empty(regions);
        Assert.Equal(query, text);
    }

    [Fact]
    public void Places_are_listed_in_the_order_they_are_named_whatever_the_script()
    {
        Assert.Equal(["yuxian", "changzhi"], Places.Find("yuxian 长治").Regions);
        Assert.Equal(["changzhi", "yuxian"], Places.Find("长治 yuxian").Regions);
    }

    [Theory]
    [InlineData("潞州", "luzhou")]
    [InlineData("Luzhou Qu", "luzhou")]
    [InlineData("yangquan", "yangquan")]
    [InlineData("dibao", null)]
    public void A_region_option_takes_a_name_or_its_pinyin(string name, string? region) => Assert.Equal(region, Places.RegionNamed(name));
}

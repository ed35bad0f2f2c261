using SiteGen.Content;
using SiteGen.Content.Model;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Content;

/// <summary>
/// content/places/divisions.csv completes the region tree: every county of a city regions.yaml lists is added,
/// regions.yaml's own ids and names win, and a malformed line is an error at its line.
/// </summary>
public sealed class DivisionTableTests
{
    private static IReadOnlyList<Region> Load(TempSite site) => new ContentLoader(site.Content).Load().Regions;

    [Fact]
    public void Without_a_places_folder_the_tree_is_regions_yaml_alone()
    {
        using var site = new TempSite();
        var regions = Load(site);
        Assert.Equal(["prov", "north", "south"], regions.Select(r => r.Id).ToArray());
        Assert.All(regions, r => Assert.False(r.FromDivisions));
        Assert.All(regions, r => Assert.Null(r.DivisionCode));
    }

    [Fact]
    public void Each_county_of_a_listed_city_is_added_after_the_city_with_the_tables_id_and_name()
    {
        using var site = new TempSite();
        MiniDivisions.WriteTo(site);
        var regions = Load(site);

        // 西市 is in the table but not in regions.yaml, so neither it nor its 远县 is added.
        Assert.Equal(["prov", "north", "dongxian", "xiqu", "south", "zhongxian"], regions.Select(r => r.Id).ToArray());
        var dong = regions.Single(r => r.Id == "dongxian");
        Assert.Equal(("东县", "north", "县", "990101"), (dong.Name, dong.Parent, dong.Level, dong.DivisionCode));
        Assert.True(dong.FromDivisions);
        Assert.EndsWith("places/divisions.csv", dong.Origin.Path);
        Assert.Equal(4, dong.Origin.Line);
        // The regions of regions.yaml keep their own ids and are told apart from the added ones.
        var north = regions.Single(r => r.Id == "north");
        Assert.Equal(("北市", "9901", false), (north.Name, north.DivisionCode, north.FromDivisions));
        Assert.EndsWith("regions.yaml", north.Origin.Path);
        Assert.Equal("99", regions.Single(r => r.Id == "prov").DivisionCode);
    }

    [Fact]
    public void A_county_regions_yaml_lists_keeps_its_id_and_is_not_added_again()
    {
        using var site = new TempSite();
        MiniDivisions.WriteTo(site);
        site.Write("regions.yaml", File.ReadAllText(Path.Combine(site.Content, "regions.yaml")) +
            "- id: middle\n  name: 中县\n  parent: south\n  level: 县\n" +
            // Renamed by an editor: matched by its id, so the table's 东县 is not added beside it.
            "- id: dongxian\n  name: 东县城关\n  parent: north\n  level: 县\n");
        var regions = Load(site);

        Assert.Equal(["prov", "north", "south", "middle", "dongxian", "xiqu"], regions.Select(r => r.Id).ToArray());
        var middle = regions.Single(r => r.Id == "middle");
        Assert.Equal(("中县", "990201", false), (middle.Name, middle.DivisionCode, middle.FromDivisions));
        var renamed = regions.Single(r => r.Id == "dongxian");
        Assert.Equal(("东县城关", "990101", false), (renamed.Name, renamed.DivisionCode, renamed.FromDivisions));
    }

    [Fact]
    public void A_region_regions_yaml_does_not_name_as_the_table_does_is_kept_and_gets_no_code()
    {
        using var site = new TempSite();
        MiniDivisions.WriteTo(site);
        site.Edit("regions.yaml", "name: 南市", "name: 南城");
        var regions = Load(site);

        var south = regions.Single(r => r.Id == "south");
        Assert.Null(south.DivisionCode);
        Assert.DoesNotContain(regions, r => r.Id == "zhongxian");
    }

    public static TheoryData<string, string, string> Malformed => new()
    {
        // the line replacing 东县's (line 4), the expected position, the expected message fragment
        { "990101,dongxian,东县,9901", "divisions.csv:4:1", "4 field(s) where there must be 5 (code,id,name,parent,level)" },
        { "990101,dongxian,东县,9901,县,", "divisions.csv:4:1", "6 field(s) where there must be 5" },
        { "990101,dongxian,东县,9901,乡", "divisions.csv:4:25", "level '乡' must be 省, 市 or 县" },
        { "99010,dongxian,东县,9901,县", "divisions.csv:4:1", "code '99010' of a 县 must be 6 digits" },
        { "990101,Dong_xian,东县,9901,县", "divisions.csv:4:8", "id 'Dong_xian' must be lower-case ASCII letters" },
        { "990101,dongxian,,9901,县", "divisions.csv:4:17", "name '' must be the division's name" },
        { "990101,dongxian,东县,,县", "divisions.csv:4:20", "a 县 needs its parent's code" },
        { "990101,dongxian,\"东县\",9901,县", "divisions.csv:4:17", "a quote: the file's fields are never quoted" },
        { "990101,xiqu,东县,9901,县", "divisions.csv:5:8", "id 'xiqu' is already given at line 4 (东县)" },
        { "990101,dongxian,东县,9904,县", "divisions.csv:4:20", "parent code 9904 of 东县 is not the code of any line" },
        { "990101,dongxian,东县,99,县", "divisions.csv:4:20", "the parent of 东县 (县) must be a 市, but 99 is 测试省 (省)" },
        { "990201,dongxian,东县,9901,县", "divisions.csv:7:1", "code 990201 is already given at line 4 (东县)" },
        { "", "divisions.csv:4:1", "an empty line" },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public void A_malformed_line_is_an_error_at_its_line_that_says_how_to_fix_it(string line, string where, string message)
    {
        using var site = new TempSite();
        MiniDivisions.WriteTo(site, MiniDivisions.Csv.Replace("990101,dongxian,东县,9901,县", line));

        var result = site.Check();

        result.AssertContentError(where, message);
        Assert.Contains("regenerate it with the recipe in content/places/README.md", result.Stderr.Split('\n').First(l => l.Contains(message, StringComparison.Ordinal)));
    }

    [Fact]
    public void A_wrong_header_is_an_error_at_line_one()
    {
        using var site = new TempSite();
        MiniDivisions.WriteTo(site, MiniDivisions.Csv.Replace("code,id,name,parent,level", "code,name,id,parent,level"));
        site.Check().AssertContentError("divisions.csv:1:1", "the first line must be the header 'code,id,name,parent,level'");
    }

    [Fact]
    public void A_places_folder_without_its_table_is_an_error()
    {
        using var site = new TempSite();
        site.Write("places/README.md", "notes\n");
        site.Check().AssertContentError("places", "content/places/ has no divisions.csv");
    }

    [Fact]
    public void An_added_county_whose_id_regions_yaml_already_uses_elsewhere_is_an_error_at_its_line()
    {
        using var site = new TempSite();
        MiniDivisions.WriteTo(site, MiniDivisions.Csv.Replace("990102,xiqu,西区", "990102,south,西区"));
        site.Check().AssertContentError("divisions.csv:5:1", "西区 of 北市 would join the region tree as 'south', but regions.yaml already uses that id for 南市");
    }

    [Fact]
    public void The_shipped_table_matches_every_region_of_the_shipped_regions_yaml_and_completes_their_cities()
    {
        var regions = new ContentLoader(Repo.Content).Load().Regions;

        Assert.All(regions, r => Assert.NotNull(r.DivisionCode));
        var yangquan = regions.Where(r => r.Parent == "yangquan").Select(r => r.Name).ToArray();
        Assert.Equal(["城区", "矿区", "郊区", "平定县", "盂县"], yangquan);
        Assert.Contains(regions, r => r is { Name: "孝义市", Parent: "lvliang", FromDivisions: true });
        Assert.DoesNotContain(regions, r => r.Parent == "changzhi" && r.FromDivisions);
        // Only the cities regions.yaml lists grow: 太原市 and its districts stay out.
        Assert.DoesNotContain(regions, r => r.Name == "太原市" || r.DivisionCode?.StartsWith("1401", StringComparison.Ordinal) == true);
        Assert.Equal(18 + 5 + 11, regions.Count);
    }
}

using System.Text.Json.Nodes;

namespace SiteGen.Tests.Rules;

/// <summary>'sitegen calc' and 'sitegen find' for operators: the same results as the pages, and a usage error (exit 2) for a bad name or value.</summary>
public sealed class RuleCommandTests
{
    [Fact]
    public void Calc_list_gives_each_calculator_with_its_questions()
    {
        using var site = RuleFixture.Create();
        var result = site.Run("calc", "list", "--json", "--content", site.Content);
        Assert.Equal(0, result.ExitCode);
        var list = JsonNode.Parse(result.Stdout)!.AsArray();
        var dibao = list.Single(c => c!["id"]!.GetValue<string>() == "north-dibao")!;
        Assert.Equal("north", dibao["region"]!.GetValue<string>());
        Assert.Equal(["north-01"], dibao["programs"]!.AsArray().Select(p => p!.GetValue<string>()));
        var household = dibao["inputs"]!.AsArray().Single(i => i!["name"]!.GetValue<string>() == "户籍")!;
        Assert.Equal(["城市", "农村"], household["options"]!.AsArray().Select(o => o!.GetValue<string>()));
        var income = dibao["inputs"]!.AsArray().Single(i => i!["name"]!.GetValue<string>() == "人均收入")!;
        Assert.Equal("元/人/月", income["unit"]!.GetValue<string>());
        Assert.Equal("1000000", income["max"]!.GetValue<string>());
    }

    [Fact]
    public void Calc_run_gives_the_amount_the_working_and_the_sources()
    {
        using var site = RuleFixture.Create();
        var result = site.Run("calc", "run", "north-dibao", "户籍=城市", "家庭人数=3", "人均收入=400", "--json", "--content", site.Content);
        Assert.Equal(0, result.ExitCode);
        var json = JsonNode.Parse(result.Stdout)!;
        Assert.Equal("ok", json["status"]!.GetValue<string>());
        Assert.Equal("771.00", json["amount"]!.GetValue<string>());
        Assert.Equal("每月", json["period"]!.GetValue<string>());
        Assert.Equal(["低保标准 = 657 元/人/月", "(657 − 400) × 3 = 771 元/月"], json["working"]!.AsArray().Select(w => w!.GetValue<string>()));
        Assert.Equal("seeds/mini-listing.txt:2", json["parameters"]![0]!["source"]!.GetValue<string>());
        var text = site.Run("calc", "run", "north-dibao", "户籍=城市", "家庭人数=3", "人均收入=400", "--content", site.Content);
        Assert.Contains("(657 − 400) × 3 = 771 元/月", text.Stdout);
        Assert.Contains("0100-1234567", text.Stdout);
    }

    [Fact]
    public void Calc_run_says_when_the_person_does_not_qualify()
    {
        using var site = RuleFixture.Create();
        var result = site.Run("calc", "run", "north-dibao", "户籍=城市", "家庭人数=3", "人均收入=700", "--json", "--content", site.Content);
        Assert.Equal(0, result.ExitCode);
        var json = JsonNode.Parse(result.Stdout)!;
        Assert.Equal("not_eligible", json["status"]!.GetValue<string>());
        Assert.Equal(["家庭月人均收入700元不低于低保标准657元"], json["failed"]!.AsArray().Select(f => f!.GetValue<string>()));
    }

    [Theory]
    [InlineData(new[] { "calc", "run", "north-dibaoo" }, "no calculator 'north-dibaoo'", "did you mean 'north-dibao'?")]
    [InlineData(new[] { "calc", "run", "north-dibao", "户藉=城市" }, "'户藉' is not a question here", "did you mean '户籍'?")]
    [InlineData(new[] { "calc", "run", "north-dibao", "户籍=乡村", "家庭人数=3", "人均收入=400" }, "户籍类型请从选项中选择", "one of 城市 / 农村")]
    [InlineData(new[] { "calc", "run", "north-dibao", "户籍=城市", "家庭人数=3" }, "请填写家庭月人均收入", "number 0–1000000 元/人/月")]
    [InlineData(new[] { "calc", "run", "north-dibao", "户籍城市" }, "is not 名称=值", "年龄=85")]
    [InlineData(new[] { "find", "年龄=85" }, "give 地区=…", "south (南市)")]
    [InlineData(new[] { "find", "地区=south", "年龄=老" }, "年龄（周岁）应为整数", "integer 0–130 岁")]
    public void A_bad_name_or_value_is_a_usage_error_that_says_what_is_allowed(string[] args, string message, string hint)
    {
        using var site = RuleFixture.Create();
        var result = site.Run([.. args, "--content", site.Content]);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Stderr);
        Assert.Contains(hint, result.Stderr);
    }

    [Fact]
    public void Find_lists_what_a_person_may_get_with_the_amount()
    {
        using var site = RuleFixture.Create();
        var result = site.Run("find", "地区=南市", "年龄=85", "--json", "--content", site.Content);
        Assert.Equal(0, result.ExitCode);
        var json = JsonNode.Parse(result.Stdout)!;
        Assert.Equal(["south", "prov"], json["regions"]!.AsArray().Select(r => r!.GetValue<string>()));
        var entry = json["results"]!.AsArray().Single()!;
        Assert.Equal("likely", entry["status"]!.GetValue<string>());
        Assert.Equal("70.00", entry["amount"]!.GetValue<string>());
        Assert.Equal(["south-02"], entry["programs"]!.AsArray().Select(p => p!.GetValue<string>()));
        var near = JsonNode.Parse(site.Run("find", "地区=south", "年龄=79", "--json", "--content", site.Content).Stdout)!["results"]!.AsArray().Single()!;
        Assert.Equal("near", near["status"]!.GetValue<string>());
        Assert.Equal(["未满80周岁"], near["failed"]!.AsArray().Select(f => f!.GetValue<string>()));
        Assert.Empty(JsonNode.Parse(site.Run("find", "地区=south", "年龄=60", "--json", "--content", site.Content).Stdout)!["results"]!.AsArray());
        var text = site.Run("find", "地区=south", "年龄=85", "--content", site.Content);
        Assert.Contains("可能符合", text.Stdout);
        Assert.Contains("0200-7654321", text.Stdout);
    }
}

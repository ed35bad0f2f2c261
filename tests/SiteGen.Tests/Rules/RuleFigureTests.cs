using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rules;

/// <summary>Parameters and the figures written in rules are held to their sources like any other figure on the site.</summary>
public sealed class RuleFigureTests
{
    [Fact]
    public void A_parameter_value_that_is_not_in_its_source_lines_fails_the_check()
    {
        using var site = RuleFixture.Create();
        site.Edit("rules/parameters/north.yaml", "value: 657", "value: 700");
        site.Check().AssertContentError("north.yaml:7:12", "value 700 of '城市低保标准' does not occur in its source (seeds/mini-listing.txt lines 2-2)");
    }

    [Fact]
    public void An_age_limit_written_in_a_rule_must_come_from_the_calculators_sources()
    {
        using var site = RuleFixture.Create();
        site.Edit("rules/calculators/south-gaoling.yaml", "when: 年龄 >= 80", "when: 年龄 >= 75");
        site.Edit("rules/calculators/south-gaoling.yaml", "fails: 未满80周岁", "fails: 未满75周岁");
        site.Edit("rules/calculators/south-gaoling.yaml", "{年龄: 79}", "{年龄: 74}");
        var result = site.Check();
        result.AssertContentError("south-gaoling.yaml:8:17", "figure 75 in the rule does not occur in the calculator's sources");
        result.AssertContentError("south-gaoling.yaml:9:", "figure '75' does not occur in the calculator's sources");
    }

    [Fact]
    public void In_the_real_content_changing_one_parameter_fails_the_figure_check()
    {
        using var site = new TempSite(Repo.Root);
        var file = Directory.GetFiles(Path.Combine(site.Content, "rules", "parameters"), "yangquan*.yaml").Single();
        var text = File.ReadAllText(file);
        Assert.Contains("value: 657", text);
        File.WriteAllText(file, text.Replace("value: 657", "value: 658"));
        var result = site.Check();
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("value 658 of", result.Stderr);
        Assert.Contains("does not occur in its source", result.Stderr);
    }
}

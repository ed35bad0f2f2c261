namespace SiteGen.Tests.Rules;

/// <summary>Each kind of mistake in a rule is a content error at its path:line:col, and all of them come out in one run.</summary>
public sealed class RuleErrorTests
{
    private const string Dibao = "rules/calculators/north-dibao.yaml";

    [Fact]
    public void The_fixture_is_valid_and_its_cases_pass()
    {
        using var site = RuleFixture.Create();
        var result = site.Check();
        Assert.True(result.ExitCode == 0, result.Stderr);
    }

    [Theory]
    [InlineData("amount: (低保标准 - 人均收入) * 家庭人数", "amount: (低保标准 - 人均收人) * 家庭人数", "north-dibao.yaml:11:17", "unknown name '人均收人'")]
    [InlineData("amount: (低保标准 - 人均收入) * 家庭人数", "amount: (低保标准 - 人均收入) * 家庭人数 + 户籍", "north-dibao.yaml:11:30", "cannot add")]
    [InlineData("amount: (低保标准 - 人均收入) * 家庭人数", "amount: (低保标准 - 家庭人数) * 家庭人数", "north-dibao.yaml:11:15", "unit mismatch: cannot subtract 元/人/月 and 人")]
    [InlineData("amount: (低保标准 - 人均收入) * 家庭人数", "amount: 低保标准 - 人均收入", "north-dibao.yaml:11:9", "unit mismatch: the amount works out in 元/人/月")]
    [InlineData("amount: (低保标准 - 人均收入) * 家庭人数", "amount: (低保标准 - 人均收入 * 家庭人数", "north-dibao.yaml:11:", "a '(' needs its ')'")]
    [InlineData("  - when: 人均收入 < 低保标准", "  - when: 人均收入 + 低保标准", "north-dibao.yaml:7:11", "a condition must be true or false")]
    [InlineData("  - when: 人均收入 < 低保标准", "  - when: 人均收入 < 低保标准 且 户籍 == \"乡村\"", "north-dibao.yaml:7:31", "\"乡村\" is not an option of 户籍")]
    [InlineData("inputs: [户籍, 家庭人数, 人均收入]", "inputs: [户籍, 家庭人数, 人均收入, 年龄]", "north-dibao.yaml:5:9", "input '年龄' is asked but no rule uses it")]
    [InlineData("inputs: [户籍, 家庭人数, 人均收入]", "inputs: [户籍, 家庭人数, 人均收入, 年纪]", "north-dibao.yaml:5:9", "input '年纪' is not a question")]
    [InlineData("低保标准: if(户籍 == \"城市\", 城市低保标准, 农村低保标准)", "低保标准: if(户籍 == \"城市\", 城市低保标准, 家庭人数)", "north-dibao.yaml:10:", "unit mismatch: cannot choose between 元/人/月 and 人")]
    [InlineData("低保标准: if(户籍 == \"城市\", 城市低保标准, 农村低保标准)", "低保标准: if(户籍 == \"城市\", 城市低保标准)", "north-dibao.yaml:10:9", "if needs three parts")]
    [InlineData("    amount: 771", "    amount: 770", "north-dibao.yaml:15:5", "case expects 770 元/月, but the rule gives 771.00")]
    [InlineData("unit: 元/月", "unit: 元/年", "north-dibao.yaml:12:7", "period 每月 goes with unit 元/月 or 元/人/月")]
    [InlineData("fails: 家庭月人均收入{人均收入}元", "fails: 家庭月人均收入{月收入}元", "north-dibao.yaml:8:12", "'{月收入}' in the text is not an input")]
    [InlineData("programs: [north-01]", "programs: [north-99]", "north-dibao.yaml:4:11", "programme 'north-99' does not exist")]
    public void A_mistake_in_a_calculator_is_reported_where_it_is(string find, string replace, string where, string message)
    {
        using var site = RuleFixture.Create();
        site.Edit(Dibao, find, replace);
        site.Check().AssertContentError(where, message);
    }

    [Fact]
    public void Bands_with_an_overlap_or_a_gap_are_errors()
    {
        using var site = RuleFixture.Create();
        site.Edit("rules/parameters/south.yaml", "      - {from: 80, value: 70}", "      - {from: 80, to: 89, value: 70}\n      - {from: 89, to: 95, value: 70}\n      - {from: 97, value: 70}");
        var result = site.Check();
        result.AssertContentError("south.yaml:10:35", "band from 89 of '高龄津贴标准' overlaps the band from 80 to 89");
        result.AssertContentError("south.yaml:11:", "has a gap: one band ends at 95 and the next starts at 97");
    }

    [Fact]
    public void A_table_that_misses_an_option_is_a_case_not_covered_and_an_unknown_key_is_named()
    {
        using var site = RuleFixture.Create();
        site.Edit("rules/parameters/north.yaml", "    value: 657", "    keyed_by: 户籍\n    values: {城市: 657, 乡村: 606}");
        site.Edit(Dibao, "if(户籍 == \"城市\", 城市低保标准, 农村低保标准)", "if(户籍 == \"城市\", 城市低保标准[户籍], 农村低保标准)");
        var result = site.Check();
        result.AssertContentError("north.yaml:8:", "key '乡村' of '城市低保标准' is not an option of 户籍");
        result.AssertContentError("north.yaml:8:", "'城市低保标准' has no value for 农村");
    }

    [Fact]
    public void Every_error_of_a_run_is_reported_at_once()
    {
        using var site = RuleFixture.Create();
        site.Edit(Dibao, "amount: (低保标准 - 人均收入) * 家庭人数", "amount: (低保标准 - 收入) * 人数");
        site.Edit("rules/calculators/south-gaoling.yaml", "when: 年龄 >= 80", "when: 年龄 >= \"八十\"");
        var result = site.Check();
        result.AssertContentError("north-dibao.yaml:11:17", "unknown name '收入'");
        result.AssertContentError("north-dibao.yaml:11:23", "unknown name '人数'");
        result.AssertContentError("south-gaoling.yaml:8:", "cannot compare");
    }

    [Fact]
    public void Word_operators_need_spaces_and_the_error_says_so()
    {
        using var site = RuleFixture.Create();
        site.Edit(Dibao, "  - when: 人均收入 < 低保标准", "  - when: 人均收入 < 低保标准且是");
        site.Check().AssertContentError("north-dibao.yaml:7:18", "put spaces around 且, 或 and 非");
    }
}

using SiteGen.Content;
using SiteGen.Import.Normalising;
using SiteGen.Import.Sources;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Import.Normalising;

/// <summary>
/// Departments are typed by the shipped rule in seeds/import-rules.yaml: a type's words match the whole office name
/// at the end of a department's name, never a substring of it.
/// </summary>
public sealed class DepartmentTypeTests
{
    private static readonly Lazy<ImportRules> Rules = new(() => ImportRules.Load(Path.Combine(Repo.Seeds, "import-rules.yaml")));

    private static string TypeOf(string name) => new DepartmentDirectory([], Rules.Value).TypeOf(name);

    [Theory]
    [InlineData("中阳县暖泉镇人民政府")]
    [InlineData("中阳县人民政府")]
    public void A_town_or_county_government_is_a_government_not_minzheng(string name) =>
        Assert.Equal("zhengfu", TypeOf(name));

    [Theory]
    [InlineData("人民法院")]
    [InlineData("中阳县人民法院")]
    public void A_court_is_a_court_not_sifa(string name) =>
        Assert.Equal("fayuan", TypeOf(name));

    [Fact]
    public void A_judicial_administration_office_is_still_sifa() =>
        Assert.Equal("sifa", TypeOf("阳泉市司法局"));

    [Theory]
    [InlineData("省委组织部、省财政厅")]
    [InlineData("省委组织部省财政厅")] // the seed's two-line cell, joined as wrapped text
    [InlineData("省委组织部 省财政厅")]
    public void A_joint_office_is_typed_by_its_first_named_office_not_caizheng(string name)
    {
        Assert.Equal("dangwei", TypeOf(name));
        Assert.Equal("省委组织部", new OfficeTypes(Rules.Value.DepartmentTypes, Rules.Value.OfficeNames).FirstOffice(name));
    }

    [Theory]
    [InlineData("阳泉市民政局", "minzheng")]
    [InlineData("山西省民政厅", "minzheng")]
    [InlineData("山西省人力资源和社会保障厅", "renshe")]
    [InlineData("县残疾人联合会", "canlian")]
    [InlineData("县医疗保障局", "yibao")]
    [InlineData("山西省财政厅", "caizheng")]
    [InlineData("阳泉市退役军人事务局", "tuiyi")]
    [InlineData("交通运输局", "jiaotong")]
    public void An_ordinary_office_gets_its_type(string name, string type) =>
        Assert.Equal(type, TypeOf(name));

    [Fact]
    public void The_longest_office_name_wins_so_a_joint_bureau_of_education_and_sport_is_education() =>
        Assert.Equal("jiaoyu", TypeOf("中阳县教育体育局"));

    [Theory]
    [InlineData("县人民政府妇女儿童工作委员会")] // 人民政府 names its parent body, not the office
    [InlineData("民政")] // no office suffix: not an office name
    public void A_type_word_that_is_not_the_office_name_does_not_type_it(string name) =>
        Assert.Equal(Rules.Value.FallbackDepartmentType, TypeOf(name));

    /// <summary>Department ids whose type an editor set against the rule, each with the reason; none so far.</summary>
    private static readonly Dictionary<string, string> EditorOverrides = new(StringComparer.Ordinal);

    /// <summary>The review of every shipped department, kept true: content/departments.yaml agrees with the rule.</summary>
    [Fact]
    public void Every_shipped_department_has_the_type_the_rule_gives()
    {
        var departments = new ContentLoader(Repo.Content).Load().Departments;
        Assert.NotEmpty(departments);
        var wrong = departments.Where(d => !EditorOverrides.ContainsKey(d.Id) && TypeOf(d.Name) != d.Type).Select(d => $"{d.Id} {d.Name}: {d.Type}, the rule gives {TypeOf(d.Name)}");
        Assert.Empty(wrong);
    }

    [Fact]
    public void Rules_without_office_suffixes_are_refused()
    {
        var path = Path.Combine(Path.GetTempPath(), "sitegen-rules-" + Guid.NewGuid().ToString("N") + ".yaml");
        File.WriteAllText(path, "fallback_department_type: other\ndepartment_types:\n  - {id: other, name: 其他部门}\n");
        try
        {
            var e = Assert.Throws<ContentException>(() => ImportRules.Load(path));
            Assert.Contains(e.Diagnostics, d => d.Message.Contains("office_names", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(path);
        }
    }
}

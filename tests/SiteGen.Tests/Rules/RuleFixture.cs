using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rules;

/// <summary>A small, valid set of rules for the MiniSite fixture; tests break one thing and look for its error.</summary>
public static class RuleFixture
{
    public const string Questions = """
        - name: 户籍
          label: 户籍类型
          type: option
          options: [城市, 农村]
        - name: 家庭人数
          label: 共同生活的家庭人数
          type: integer
          unit: 人
          min: 1
          max: 30
        - name: 人均收入
          label: 家庭月人均收入
          type: number
          unit: 元/人/月
          min: 0
          max: 1000000
        - name: 年龄
          label: 年龄（周岁）
          type: integer
          unit: 岁
          min: 0
          max: 130
        """;

    public const string NorthParameters = """
        region: north
        parameters:
          城市低保标准:
            unit: 元/人/月
            from: 2025
            source: {file: seeds/mini-listing.txt, lines: "2"}
            value: 657
          农村低保标准:
            unit: 元/人/月
            from: 2025
            source: {file: seeds/mini-listing.txt, lines: "3"}
            value: 606
        """;

    public const string SouthParameters = """
        region: south
        parameters:
          高龄津贴标准:
            unit: 元/人/月
            from: 2025
            source: {file: seeds/mini-listing.txt, lines: "4"}
            banded_by: 年龄
            bands:
              - {from: 80, value: 70}
        """;

    public const string Dibao = """
        id: north-dibao
        title: 低保金估算
        region: north
        programs: [north-01]
        inputs: [户籍, 家庭人数, 人均收入]
        eligible:
          - when: 人均收入 < 低保标准
            fails: 家庭月人均收入{人均收入}元不低于低保标准{低保标准}元
        steps:
          低保标准: if(户籍 == "城市", 城市低保标准, 农村低保标准)
        amount: (低保标准 - 人均收入) * 家庭人数
        unit: 元/月
        period: 每月
        cases:
          - inputs: {户籍: 城市, 家庭人数: 3, 人均收入: 400}
            amount: 771
          - inputs: {户籍: 农村, 家庭人数: 2, 人均收入: 100.5}
            amount: 1011
          - inputs: {户籍: 城市, 家庭人数: 3, 人均收入: 657}
            eligible: false
        """;

    public const string Gaoling = """
        id: south-gaoling
        title: 高龄津贴估算
        region: south
        programs: [south-02]
        inputs: [年龄]
        sources: [{file: seeds/mini-listing.txt, lines: "4"}]
        eligible:
          - when: 年龄 >= 80
            fails: 未满80周岁
        amount: 高龄津贴标准[年龄]
        unit: 元/人/月
        period: 每月
        cases:
          - inputs: {年龄: 85}
            amount: 70
          - inputs: {年龄: 79}
            eligible: false
        """;

    public static TempSite Create()
    {
        var site = new TempSite();
        site.Write("rules/questions/common.yaml", Questions);
        site.Write("rules/parameters/north.yaml", NorthParameters);
        site.Write("rules/parameters/south.yaml", SouthParameters);
        site.Write("rules/calculators/north-dibao.yaml", Dibao);
        site.Write("rules/calculators/south-gaoling.yaml", Gaoling);
        return site;
    }
}

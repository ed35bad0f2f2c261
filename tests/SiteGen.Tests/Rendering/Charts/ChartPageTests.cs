using System.Text.RegularExpressions;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Rendering.Charts;

/// <summary>
/// The comparison page's charts, built from a small site with three parameters: the bars and the table hold exactly the
/// parameters' values and their conversions to the chart's period, a bad reference is a content error at its
/// path:line:col, and two builds are byte-identical.
/// </summary>
public sealed partial class ChartPageTests
{
    private const string Questions = """
        - name: 年龄
          label: 年龄（周岁）
          type: integer
          unit: 岁
          min: 0
          max: 130
          group: 基本情况
        """;

    private const string North = """
        region: north
        parameters:
          城市低保标准:
            label: 北市城市低保标准
            unit: 元/人/月
            from: 2025
            source: {file: seeds/mini-listing.txt, lines: "2"}
            value: 657
        """;

    // 606 given per year and 70 by age band: the listing's figures, in the units the conversion must handle.
    private const string South = """
        region: south
        parameters:
          农村低保标准:
            label: 南市农村低保标准
            unit: 元/人/年
            from: 2025
            source: {file: seeds/mini-listing.txt, lines: "3"}
            value: 606
          高龄津贴:
            label: 南市高龄津贴
            unit: 元/人/月
            from: 2025-07-01
            source: {file: seeds/mini-listing.txt, lines: "4"}
            banded_by: 年龄
            bands:
              - {from: 80, value: 70}
          一次性补助:
            label: 南市一次性补助
            unit: 元
            from: 2025
            source: {file: seeds/mini-listing.txt, lines: "4"}
            value: 70
        """;

    private const string Kinds = """
        - id: dibao
          name: 最低生活保障
          charts:
            - label: 低保标准
              period: 月
              parameters:
                north: 城市低保标准
                south: [农村低保标准, 高龄津贴]
        """;

    private static TempSite WithCharts()
    {
        var site = new TempSite();
        site.Write("rules/questions/common.yaml", Questions);
        site.Write("rules/parameters/north.yaml", North);
        site.Write("rules/parameters/south.yaml", South);
        site.Write("kinds.yaml", Kinds);
        return site;
    }

    [Fact]
    public void Bars_and_table_hold_exactly_the_parameter_values_and_their_conversions()
    {
        using var site = WithCharts();
        var build = site.Build();
        Assert.True(build.ExitCode == 0, build.Stderr);
        var html = site.Page("compare/dibao/index.html");

        var svg = Regex.Match(html, "<svg class=\"chart\"[^>]*>.*?</svg>", RegexOptions.Singleline).Value;
        Assert.Contains("role=\"img\"", svg);
        Assert.Matches("aria-labelledby=\"chart-1-title chart-1-desc\"", svg);
        Assert.Contains("<title id=\"chart-1-title\">低保标准（按月计）条形图</title>", svg);
        Assert.Matches("viewBox=\"0 0 320 \\d+\" width=\"100%\"", svg);
        Assert.Equal(["657元/人/月", "50.5元/人/月", "70元/人/月"], Values(svg));

        // Bars are drawn to one scale: the longest is the largest value, the others in proportion to it.
        var widths = BarWidths(svg);
        Assert.Equal(3, widths.Count);
        Assert.Equal(Math.Round(widths[0] * 50.5 / 657, 1), widths[1], 1);
        Assert.Equal(Math.Round(widths[0] * 70 / 657, 1), widths[2], 1);

        var rows = TableRows(html);
        Assert.Equal(
        [
            ["北市", "657元/人/月", "657元/人/月（无需换算）", "《测试省惠民政策清单》第2行，2025年起"],
            ["南市 农村低保标准", "50.5元/人/月", "606元/人/年 ÷ 12 = 50.5元/人/月", "《测试省惠民政策清单》第3行，2025年起"],
            ["南市 高龄津贴（80岁及以上）", "70元/人/月", "70元/人/月（无需换算）", "《测试省惠民政策清单》第4行，2025-07-01起"],
        ], rows);
        Assert.Contains("<caption id=\"chart-1-caption\">低保标准：图中各项数据（按月计）</caption>", html);
        Assert.Contains("<th scope=\"col\">按月计</th>", html);
    }

    [Fact]
    public void Two_builds_of_a_page_with_charts_are_byte_identical()
    {
        using var site = WithCharts();
        var second = Path.Combine(site.Root, "_site2");
        Assert.Equal(0, site.Build().ExitCode);
        Assert.Equal(0, site.Build(second).ExitCode);
        var a = FolderSnapshot.Take(site.Out);
        var b = FolderSnapshot.Take(second);
        Assert.Equal(a.Entries.Where(e => !e.Key.StartsWith(".sitegen", StringComparison.Ordinal)),
                     b.Entries.Where(e => !e.Key.StartsWith(".sitegen", StringComparison.Ordinal)));
        Assert.Contains("<svg class=\"chart\"", site.Page("compare/dibao/index.html"));
    }

    public static TheoryData<string, string, string, string> BadCharts => new()
    {
        // find in kinds.yaml, replace, expected "kinds.yaml:line:col", message fragment
        { "north: 城市低保标准", "north: 城市低保标", "kinds.yaml:7:16", "unknown parameter '城市低保标' of region north in a chart: did you mean '城市低保标准'?" },
        { "south: [农村低保标准, 高龄津贴]", "south: [农村低保标准, 高龄津]", "kinds.yaml:8:25", "unknown parameter '高龄津' of region south" },
        { "north: 城市低保标准", "nort: 城市低保标准", "kinds.yaml:7:9", "unknown region 'nort' in a chart: did you mean 'north'?" },
        { "north: 城市低保标准", "north: 一次性补助", "kinds.yaml:7:16", "unknown parameter '一次性补助' of region north" },
        { "south: [农村低保标准, 高龄津贴]", "south: [农村低保标准, 一次性补助]", "kinds.yaml:8:25", "parameter '一次性补助' of region south cannot be charted: the unit '元' is not per 月 or per 年" },
        { "period: 月", "period: 周", "kinds.yaml:5:15", "'period' is '周', but a chart shows amounts per 月 or per 年" },
        { "      period: 月\n", "", "kinds.yaml:4:7", "missing required key 'period'" },
        { "label: 低保标准", "lable: 低保标准", "kinds.yaml:4:7", "unknown key 'lable'; did you mean 'label'?" },
        { "      parameters:\n        north: 城市低保标准\n        south: [农村低保标准, 高龄津贴]", "      parameters: [城市低保标准]", "kinds.yaml:6:19", "'parameters' must be a mapping of region ids to parameter names" },
    };

    [Theory]
    [MemberData(nameof(BadCharts))]
    public void A_bad_chart_reference_is_a_content_error_at_its_position(string find, string replace, string where, string message)
    {
        using var site = WithCharts();
        site.Edit("kinds.yaml", find, replace);
        site.Check().AssertContentError(where, message);
    }

    [Fact]
    public void A_unit_in_wan_yuan_per_year_is_written_in_yuan_per_month_with_its_working()
    {
        using var site = WithCharts();
        site.Write("rules/parameters/north.yaml", North.Replace("unit: 元/人/月", "unit: 万元/人/年").Replace("value: 657", "value: 0.0657"));
        site.Edit("../seeds/mini-listing.txt", "657元", "0.0657万元");
        var build = site.Build();
        Assert.True(build.ExitCode == 0, build.Stderr);
        var rows = TableRows(site.Page("compare/dibao/index.html"));
        Assert.Equal(["北市", "54.75元/人/月", "0.0657万元/人/年 × 10000 ÷ 12 = 54.75元/人/月", "《测试省惠民政策清单》第2行，2025年起"], rows[0]);
    }

    private static List<string> Values(string svg) =>
        ValueText().Matches(svg).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();

    private static List<double> BarWidths(string svg) =>
        BarWidth().Matches(svg).Select(m => double.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();

    private static List<List<string>> TableRows(string html)
    {
        var table = Regex.Match(html, "<table class=\"chart-data\">.*?</table>", RegexOptions.Singleline).Value;
        return Regex.Matches(table, "<tr>(.*?)</tr>", RegexOptions.Singleline).Skip(0)
            .Select(tr => Regex.Matches(tr.Groups[1].Value, "<t[hd][^>]*>(.*?)</t[hd]>", RegexOptions.Singleline)
                .Select(c => System.Net.WebUtility.HtmlDecode(c.Groups[1].Value.Trim())).ToList())
            .Where(cells => cells.Count == 4 && !cells[0].Contains("地区和项目", StringComparison.Ordinal))
            .ToList();
    }

    [GeneratedRegex("<text class=\"chart-value\"[^>]*>([^<]*)</text>")]
    private static partial Regex ValueText();

    [GeneratedRegex("<rect class=\"chart-bar\"[^>]*width=\"([0-9.]+)\"")]
    private static partial Regex BarWidth();
}

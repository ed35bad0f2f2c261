using System.Text.RegularExpressions;
using SiteGen.Import.Readers;

namespace SiteGen.Tests.Import.PdfTable;

public partial class PdfTableReaderTests
{
    [GeneratedRegex(@"0\d{2,3}-\d{7,8}|(?<!\d)1[3-9]\d{9}(?!\d)")]
    private static partial Regex PhoneNumber();

    [GeneratedRegex(@"\d+(?:\.\d+)?")]
    private static partial Regex Figure();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();

    public static TheoryData<string> Seeds => new() { SeedFiles.Changzhi, SeedFiles.Zhongyang };

    [Fact]
    public void Changzhi_has_items_39_to_49_in_order() =>
        Assert.Equal(Enumerable.Range(39, 11).Select(n => n.ToString()), SeedFiles.Rows(SeedFiles.Changzhi).Select(r => r.Item));

    [Fact]
    public void Zhongyang_has_items_1_to_78_in_order() =>
        Assert.Equal(Enumerable.Range(1, 78).Select(n => n.ToString()), SeedFiles.Rows(SeedFiles.Zhongyang).Select(r => r.Item));

    [Theory, MemberData(nameof(Seeds))]
    public void Every_row_has_title_standard_and_department_or_a_judgement(string file)
    {
        foreach (var row in SeedFiles.Rows(file))
        {
            Assert.False(string.IsNullOrWhiteSpace(row.Title), $"item {row.Item} title");
            Assert.True(row.Department is not null || row.Judgements.Any(j => j.Contains("主管部门")), $"item {row.Item} department");
            Assert.True(row.Standard is not null || row.Judgements.Any(j => j.Contains("补助标准")), $"item {row.Item} standard");
        }
    }

    [Fact]
    public void Phone_is_read_wherever_the_item_prints_one()
    {
        var seed = SeedFiles.Load(SeedFiles.Zhongyang);
        foreach (var row in SeedFiles.Rows(SeedFiles.Zhongyang))
        {
            foreach (Match phone in PhoneNumber().Matches(seed.Range(row.FirstLine, row.LastLine)))
                Assert.True(row.Phone is not null && Space().Replace(row.Phone, string.Empty).Contains(phone.Value), $"item {row.Item} phone {phone.Value}");
        }
    }

    [Theory, MemberData(nameof(Seeds))]
    public void Every_figure_in_a_cell_occurs_in_the_items_source_lines(string file)
    {
        var seed = SeedFiles.Load(file);
        foreach (var row in SeedFiles.Rows(file))
        {
            var source = Space().Replace(seed.Range(row.FirstLine, row.LastLine), string.Empty);
            foreach (var cell in Cells(row))
                foreach (Match figure in Figure().Matches(Space().Replace(cell, string.Empty)))
                    Assert.True(source.Contains(figure.Value), $"item {row.Item}: {figure.Value} in “{cell}”");
        }
    }

    [Theory, MemberData(nameof(Seeds))]
    public void No_page_header_text_leaks_into_a_cell(string file)
    {
        string[] headers = ["序号", "补贴项目 主管部门", "合计 中央 省级 市级 县级", "申领流程 发放方式", "附件3", "政策清单公开清单"];
        foreach (var row in SeedFiles.Rows(file))
            foreach (var cell in Cells(row))
                Assert.DoesNotContain(headers, h => cell.Contains(h));
    }

    [Theory, MemberData(nameof(Seeds))]
    public void Line_ranges_are_ordered_and_only_blank_or_header_lines_lie_between(string file)
    {
        var seed = SeedFiles.Load(file);
        var rows = SeedFiles.Rows(file);
        for (var i = 0; i < rows.Count; i++)
        {
            Assert.True(rows[i].FirstLine <= rows[i].LastLine);
            if (i == 0) continue;
            Assert.True(rows[i - 1].LastLine < rows[i].FirstLine, $"item {rows[i].Item} overlaps");
            for (var line = rows[i - 1].LastLine + 1; line < rows[i].FirstLine; line++)
            {
                var text = seed.Line(line).Trim();
                Assert.True(text.Length == 0 || ColumnNames.Lookup(text.Split(' ')[0]) is not null || text is "合计 中央 省级 市级 县级",
                    $"line {line} between items {rows[i - 1].Item} and {rows[i].Item}: {text}");
            }
        }
    }

    [Fact]
    public void Changzhi_rows_match_the_seed()
    {
        var rows = SeedFiles.Rows(SeedFiles.Changzhi).ToDictionary(r => r.Item!);
        Assert.Equal("困难残疾人生活补贴", rows["39"].Title);
        Assert.Equal("民政局", rows["39"].Department);
        Assert.Equal("中央", rows["39"].Level);
        Assert.Contains("（国发〔2015〕52号）", rows["39"].Basis);
        Assert.Contains("82元/人/月", rows["39"].Standard);
        Assert.Equal("按月发放", rows["39"].PaymentTiming);
        Assert.Contains("一卡通", rows["39"].PaymentMethod);
        Assert.Equal("城市最低生活保障", rows["41"].Title);
        Assert.Contains("潞州区780元", rows["41"].Standard);
        Assert.Contains("（长民发〔2024〕37号）", rows["41"].Basis);
        Assert.Equal("孤儿、艾滋病病毒感染儿童、事实无人抚养儿童基本生活补助", rows["43"].Title);
        Assert.Contains("（国办发〔2010〕54号）", rows["43"].Basis);
        Assert.Equal("临时救助", rows["45"].Title);
        Assert.Equal("及时发放", rows["45"].PaymentTiming);
        Assert.Equal("“福彩圆梦·孤儿助学工程”项目", rows["48"].Title);
        Assert.Equal("每人每学年1万元", rows["48"].Standard);
        Assert.Equal("被收养病残孤弃儿童基本生活补贴", rows["49"].Title);
        Assert.Contains("（民发〔2024〕6号）", rows["49"].Basis);
    }

    [Fact]
    public void Zhongyang_rows_match_the_seed()
    {
        var rows = SeedFiles.Rows(SeedFiles.Zhongyang).ToDictionary(r => r.Item!);
        Assert.Equal("残疾人机动轮椅车燃油补贴", rows["1"].Title);
        Assert.Equal("山西省残疾人联合会", rows["1"].Department);
        Assert.Equal("260元/年/车", rows["1"].Standard);
        Assert.Equal("0351-4083450", rows["1"].Phone);
        Assert.Equal("年底前发放", rows["1"].PaymentTiming);
        Assert.Equal("山西省人力资源和社会保障厅", rows["5"].Department);
        Assert.Contains("（人社部发〔2019〕129号）", rows["5"].Basis);
        Assert.Equal("0358-5300621", rows["5"].Phone);
        Assert.Equal("“三属”（烈士遗属、因公牺牲军人遗属和病故军人遗属）定期抚恤金", rows["8"].Title);
        Assert.Equal("山西省退役军人事务厅", rows["8"].Department);
        Assert.Equal("《军人抚恤优待条例》", rows["8"].Basis);
        Assert.Contains("因公十级11964元/年", rows["9"].Standard);
        Assert.Equal("孤儿、艾滋病病毒感染儿童、事实无人抚养儿童基本生活补助", rows["30"].Title);
        Assert.Equal("山西省民政厅", rows["30"].Department);
        Assert.Equal("中央、省级", rows["54"].Level);
        Assert.Equal("中阳县林业局", rows["72"].Department);
        Assert.Equal("生态护林员补助", rows["72"].Title);
        Assert.Equal("10000元/人/年", rows["72"].Standard);
        Assert.Equal("县级", rows["66"].Level);
        Assert.Equal("木耳贷贴息", rows["66"].Notes);
    }

    [Fact]
    public void Zhongyang_shares_are_mapped_when_every_level_column_has_a_cell()
    {
        var rows = SeedFiles.Rows(SeedFiles.Zhongyang).ToDictionary(r => r.Item!);
        var veterans = rows["11"].Funding!;
        Assert.StartsWith("抗日战争时期入伍26201元/年", veterans.Total);
        Assert.StartsWith("抗日战争时期入伍24261元/年", veterans.Central);
        Assert.StartsWith("抗日战争时期入伍668.8元/年", veterans.Provincial);
        Assert.StartsWith("抗日战争时期入伍808.4元", veterans.City);
        Assert.StartsWith("抗日战争时期入伍462.8元/", veterans.County);

        var subsidy = rows["1"].Funding!;
        Assert.Equal("260元/年/车", subsidy.Total);
        Assert.Null(subsidy.Central);
        Assert.Contains(rows["1"].Judgements, j => j.Contains("合计"));
    }

    [Fact]
    public void Page_break_and_layout_decisions_are_recorded()
    {
        var rows = SeedFiles.Rows(SeedFiles.Zhongyang).ToDictionary(r => r.Item!);
        Assert.Contains(rows["1"].Judgements, j => j.Contains("已接续"));
        Assert.Contains(rows["9"].Judgements, j => j.Contains("补助标准表格的后续行"));
        Assert.Contains(rows["4"].Judgements, j => j.Contains("咨询电话单元格为空"));
    }

    private static IEnumerable<string> Cells(ListingRow row)
    {
        string?[] cells = [row.Title, row.Department, row.Level, row.Basis, row.Summary, row.Eligibility, row.Procedure, row.Standard,
            row.PaymentMethod, row.PaymentTiming, row.Phone, row.Notes,
            row.Funding?.Total, row.Funding?.Central, row.Funding?.Provincial, row.Funding?.City, row.Funding?.County];
        return cells.OfType<string>().Concat(row.Extra.Values);
    }
}

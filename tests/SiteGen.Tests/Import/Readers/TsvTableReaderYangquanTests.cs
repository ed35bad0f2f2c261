using SiteGen.Import.Readers;
using SiteGen.Import.Readers.Tabular;

namespace SiteGen.Tests.Import.Readers;

public sealed class TsvTableReaderYangquanTests
{
    private const string File = "000_7a8de63cf1c3fd48.txt";
    private static readonly IReadOnlyList<ListingRow> Rows = new TsvTableReader().Read(SeedFiles.Seed(File));

    private static ListingRow Row(string title) => Assert.Single(Rows, r => r.Title == title);

    [Fact]
    public void Reads_every_item_once_and_skips_repeated_headers_and_titles()
    {
        Assert.Equal(38, Rows.Count);
        Assert.DoesNotContain(Rows, r => r.Title.Contains("惠民政策清单") || r.Title == "惠民事项");
        Assert.Equal(38, Rows.Select(r => r.FirstLine).Distinct().Count());
        Assert.All(Rows, r => Assert.Equal(File, r.SourceFile));
    }

    [Fact]
    public void First_row_matches_the_seed_field_by_field()
    {
        var row = Row("最低生活保障");
        Assert.Equal(6, row.FirstLine);
        Assert.Equal("阳泉市民政局", row.Department);
        Assert.Equal("0353-2293698", row.Phone);
        Assert.Contains("民发〔2021〕57号", row.Basis);
        Assert.Contains("2025年城市低保标准657元/月/人", Numbers.WithoutWhitespace(row.Standard!));
        Assert.Null(row.Notes);
    }

    [Fact]
    public void Empty_department_cells_stay_empty()
    {
        var row = Row("特困供养");
        Assert.Null(row.Department);
        Assert.Equal("0353-2293698", row.Phone);
        Assert.Contains("民发〔2021〕43号", row.Basis);
        Assert.Null(Row("临时救助").Department);
    }

    [Fact]
    public void Row_shifted_one_column_left_is_realigned()
    {
        var row = Row("困难残疾人生活补贴");
        Assert.Equal(16, row.FirstLine);
        Assert.Null(row.Department);
        Assert.Contains("晋政发〔2016〕5号", row.Basis);
        Assert.StartsWith("困难残疾人生活补贴对象为城乡低保家庭", row.Eligibility);
        Assert.StartsWith("1.申请提交", row.Procedure);
        Assert.Equal("困难残疾人生活补贴标准调整为每人每月122元。", row.Standard);
        Assert.Equal("0353-2293789", row.Phone);
        Assert.Null(row.Notes);
        Assert.Contains(row.Judgements, j => j.Contains("整体左移了一列"));
    }

    [Fact]
    public void Row_with_a_repeated_merged_cell_is_realigned()
    {
        var row = Row("中国移动爱（心）行动项目");
        Assert.Equal("市慈善总会", row.Procedure);
        Assert.Contains("差旅费、食宿费补贴2000元/人", row.Standard);
        Assert.Equal("0353-2293789", row.Phone);
        Assert.Contains("晋慈函〔2025〕1号", row.Basis);
        Assert.Contains(row.Judgements, j => j.Contains("视为合并单元格的重复"));
    }

    [Fact]
    public void Html_is_stripped_and_block_tags_become_line_breaks()
    {
        var row = Row("法律援助");
        Assert.Equal("阳泉市司法局", row.Department);
        Assert.Equal("0353-2019148", row.Phone);
        Assert.DoesNotContain(Rows, r => (r.Procedure + r.Standard + r.Eligibility + r.Basis).Contains('<'));
        Assert.StartsWith("1.依法请求国家赔偿；\n2.请求给予社会保险待遇", row.Standard);
        Assert.Contains(row.Judgements, j => j.Contains("HTML标记"));

        var mutual = Row("职工医疗互助保障活动");
        Assert.Equal("每人50元/期。", mutual.Procedure);
        Assert.Contains("对个人自付部分按15%给予补偿", mutual.Standard);
        Assert.Contains("阳工办发〔2025〕21号", mutual.Basis);
    }

    [Fact]
    public void Stray_spaces_inside_a_name_are_removed()
    {
        var row = Row("困难退役军人帮扶援助");
        Assert.Equal("阳泉市退役军人事务局", row.Department);
        Assert.Equal("0353-2295802", row.Phone);
        Assert.Contains("阳退役军人发〔2026〕1号", row.Basis);
        Assert.Contains("1.2025年城市低保标准657元/月/人", row.Standard);
        Assert.Contains(row.Judgements, j => j.Contains("困难退役 军人帮扶 援助"));
    }

    [Fact]
    public void Page_title_written_as_a_table_row_is_not_an_item()
    {
        var row = Row("农村危房改造");
        Assert.Equal(59, row.FirstLine);
        Assert.Equal("阳泉市住房和城乡建设局", row.Department);
        Assert.Equal("0353-3303989", row.Phone);
    }

    [Fact]
    public void Further_rows_match_the_seed()
    {
        var power = Row("城乡低保户和特困户设置免费用电量");
        Assert.Equal("阳泉市发展和改革委员会", power.Department);
        Assert.Equal("每月15千瓦时免费用电基数。", power.Standard);
        Assert.Equal("0353-2297726", power.Phone);

        var burial = Row("节地生态安葬奖励");
        Assert.Null(burial.Department);
        Assert.Null(burial.Phone);

        var college = Row("扶残助学圆梦工程");
        Assert.Equal("大专生每人每年4000元，本科生每人每年5000元，硕士研究生每人每年6000元。", college.Standard);
        Assert.Equal("0353-2293779", college.Phone);

        var preschool = Row("家庭经济困难儿童学前教育");
        Assert.Equal("阳泉市教育局", preschool.Department);
        Assert.Equal("资助标准为每生每年1000元。", preschool.Standard);
        Assert.Equal("0353-2293332", preschool.Phone);
    }
}

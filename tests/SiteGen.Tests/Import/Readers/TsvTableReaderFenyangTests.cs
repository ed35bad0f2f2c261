using SiteGen.Import.Readers;
using SiteGen.Import.Readers.Tabular;

namespace SiteGen.Tests.Import.Readers;

public sealed class TsvTableReaderFenyangTests
{
    private const string File = "004_cfe5e7bac8331570.txt";
    private static readonly IReadOnlyList<ListingRow> Rows = new TsvTableReader().Read(SeedFiles.Seed(File));

    private static ListingRow Item(int number) => Assert.Single(Rows, r => r.Item == number.ToString(System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void Reads_the_annex_table_only_and_numbers_every_item()
    {
        Assert.Equal(21, Rows.Count);
        Assert.Equal(Enumerable.Range(1, 21).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), Rows.Select(r => r.Item));
        Assert.All(Rows, r => Assert.InRange(r.FirstLine, 138, 168));
    }

    [Fact]
    public void Item_number_is_split_from_the_title()
    {
        var row = Item(8);
        Assert.Equal("高龄津贴", row.Title);
        Assert.Equal("80周岁及以上老年人", row.Eligibility);
        Assert.Equal("为 80 周岁及以上老年人发放高龄津贴", row.Summary);
        Assert.Contains("每人每月发放 70 元生活补贴", row.Standard);
        Assert.Equal("民政局", row.Department);
        Assert.Equal("物质帮助", row.Extra["服务类型"]);
    }

    [Fact]
    public void Merged_eligibility_cells_are_carried_down()
    {
        var row = Item(2);
        Assert.Equal("城乡居民基本养老保险", row.Title);
        Assert.Equal("达到待遇享受年龄的老年人", row.Eligibility);
        Assert.Contains(row.Judgements, j => j.Contains("已沿用第138行的"));

        var care = Item(11);
        Assert.Equal("护理补贴", care.Title);
        Assert.Equal("经济困难老年人", care.Eligibility);
        Assert.Contains("每人每月发放100元护理补贴", care.Standard);
    }

    [Fact]
    public void Row_that_lost_its_number_and_group_is_item_13()
    {
        var row = Item(13);
        Assert.Equal(154, row.FirstLine);
        Assert.Equal("纳入最低生活保障范围的老年人", row.Title);
        Assert.Equal("经济困难老年人", row.Eligibility);
        Assert.Equal("民政局", row.Department);
        Assert.Contains(row.Judgements, j => j.Contains("编为13") && j.Contains("位于第12项与第14项之间"));
    }

    [Fact]
    public void First_page_without_service_type_column_splits_it_from_the_department()
    {
        var row = Item(1);
        Assert.Equal("职工基本养老保险", row.Title);
        Assert.Equal("人力资源和社会保障局", row.Department);
        Assert.Equal("物质帮助", row.Extra["服务类型"]);
        Assert.Contains("累计满15年", row.Standard);

        var legal = Item(3);
        Assert.Equal("司法救助", legal.Title);
        Assert.Equal("人民法院", legal.Department);
        Assert.Equal("关爱服务", legal.Extra["服务类型"]);
        Assert.Equal("免交诉讼费", legal.Standard);
        Assert.Equal("60周岁及以上老年人", legal.Eligibility);
    }

    [Fact]
    public void Further_rows_match_the_seed()
    {
        var training = Item(12);
        Assert.Equal("家庭养老服务支持", training.Title);
        Assert.Equal("按普惠制培训补助标准为1000元/人，订单式培训不超过4000元/人", training.Standard);

        var dispersed = Item(14);
        Assert.Equal("分散供养", dispersed.Title);
        Assert.Equal("纳入特困人员救助供养范围的老年人", dispersed.Eligibility);
        Assert.Contains("1.3倍", dispersed.Standard);

        var veterans = Item(17);
        Assert.Equal("集中供养", veterans.Title);
        Assert.Equal("退役军人事务局", veterans.Department);

        var last = Item(21);
        Assert.Equal("社会救助", last.Title);
        Assert.Contains("近12个月内人均收入", last.Standard);
        Assert.Equal(168, last.FirstLine);
    }
}

using SiteGen.Import.Readers.Tabular;
using SiteGen.Import.Sources;

namespace SiteGen.Tests.Import.Readers;

/// <summary>Layout cases the seeds do not all show, on small made-up tables.</summary>
public sealed class TsvTableReaderLayoutTests
{
    private const string Header = "职能单位\t惠民事项\t政策依据\t申请条件\t办理流程\t享受标准\t咨询电话\t备注";

    [Fact]
    public void Cell_wrapped_onto_the_next_line_is_rejoined()
    {
        var seed = SeedText.FromString("t.txt", $"清单\n\n{Header}\n甲局\t事项一\t依据\t条件第一行\n条件第二行\t流程\t每月100元\t0353-1234567\t\n乙局\t事项二\t依据\t条件\t流程\t每月200元\t0353-7654321\t");
        var rows = new TsvTableReader().Read(seed);

        Assert.Equal(2, rows.Count);
        Assert.Equal("条件第一行\n条件第二行", rows[0].Eligibility);
        Assert.Equal("流程", rows[0].Procedure);
        Assert.Equal("每月100元", rows[0].Standard);
        Assert.Equal("0353-1234567", rows[0].Phone);
        Assert.Equal((4, 5), (rows[0].FirstLine, rows[0].LastLine));
        Assert.Contains(rows[0].Judgements, j => j.Contains("第5行是第4行申请条件单元格的续行"));
        Assert.Equal("事项二", rows[1].Title);
    }

    [Fact]
    public void Columns_are_found_by_heading_not_position()
    {
        var seed = SeedText.FromString("t.txt", "咨询电话\t惠民事项\t职能单位\t享受标准\t服务类型\n0353-1111111\t事项\t甲 局\t每人每年900元\t补贴");
        var row = Assert.Single(new TsvTableReader().Read(seed));

        Assert.Equal("事项", row.Title);
        Assert.Equal("甲局", row.Department);
        Assert.Equal("0353-1111111", row.Phone);
        Assert.Equal("每人每年900元", row.Standard);
        Assert.Equal("补贴", row.Extra["服务类型"]);
    }
}

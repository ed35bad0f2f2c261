using SiteGen.Import.Readers.Spreadsheet;

namespace SiteGen.Tests.Import.Readers;

public sealed class SpreadsheetReaderTests
{
    [Fact]
    public void Csv_rows_are_mapped_by_heading_with_quoted_and_multi_line_cells()
    {
        var rows = new SpreadsheetReader().Read(SeedFiles.Fixture("listing.csv"));

        Assert.Equal(3, rows.Count);
        var first = rows[0];
        Assert.Equal("listing.csv", first.SourceFile);
        Assert.Equal("示例市民政局", first.Department);
        Assert.Equal("示例生活补贴", first.Title);
        Assert.Equal("持有本市户籍, 年满60周岁", first.Eligibility);
        Assert.Equal("每人每月150元", first.Standard);
        Assert.Equal("0353-1000001", first.Phone);
        Assert.Contains("示发〔2025〕12号", first.Basis);
        Assert.Equal((3, 3), (first.FirstLine, first.LastLine));

        var second = rows[1];
        Assert.Null(second.Department);
        Assert.Equal("1.申请提交\n2.乡镇（街道）初审\n3.县级部门审定", second.Procedure);
        Assert.Equal("每人每月\"100\"元", second.Standard);
        Assert.Equal("按月发放", second.Notes);
        Assert.Equal((4, 6), (second.FirstLine, second.LastLine));

        Assert.Equal("示例助学金", rows[2].Title);
        Assert.Equal(8, rows[2].FirstLine);
    }

    [Fact]
    public void Xlsx_rows_are_mapped_by_heading_and_repeated_headers_skipped()
    {
        using var fixture = new XlsxFixture();
        var rows = new SpreadsheetReader().Read(fixture.Path);

        Assert.Equal(3, rows.Count);
        Assert.Equal("示例生活补贴", rows[0].Title);
        Assert.Equal("示例市民政局", rows[0].Department);
        Assert.Equal("0353-1000001", rows[0].Phone);
        Assert.Equal(3, rows[0].FirstLine);

        Assert.Null(rows[1].Department);
        Assert.Equal("1.申请提交\n2.县级部门审定", rows[1].Procedure);
        Assert.Equal("每人每月100元", rows[1].Standard);
        Assert.Equal(4, rows[1].FirstLine);

        Assert.Equal("向学校申请\n学校审核", rows[2].Procedure);
        Assert.Equal(6, rows[2].FirstLine);
    }

    [Fact]
    public void Other_file_types_are_refused()
    {
        Assert.Throws<NotSupportedException>(() => new SpreadsheetReader().Read("listing.xls"));
    }
}

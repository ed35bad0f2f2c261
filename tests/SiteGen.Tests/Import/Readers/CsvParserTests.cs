using SiteGen.Import.Readers.Spreadsheet;

namespace SiteGen.Tests.Import.Readers;

public sealed class CsvParserTests
{
    [Fact]
    public void Quoted_fields_keep_commas_quotes_and_line_breaks()
    {
        var rows = new CsvParser().Parse("a,\"b, c\",\"say \"\"hi\"\"\"\r\n\"x\r\ny\",,z\r\n", "t.csv");

        Assert.Equal(2, rows.Count);
        Assert.Equal(["a", "b, c", "say \"hi\""], rows[0].Cells);
        Assert.Equal(["x\r\ny", "", "z"], rows[1].Cells);
        Assert.Equal((2, 3), (rows[1].FirstLine, rows[1].LastLine));
    }

    [Fact]
    public void Last_record_without_line_break_and_blank_lines()
    {
        var rows = new CsvParser().Parse("a,b\n\nc,\"\"", "t.csv");

        Assert.Equal(2, rows.Count);
        Assert.Equal(["c", ""], rows[1].Cells);
        Assert.Equal(3, rows[1].FirstLine);
    }

    [Fact]
    public void Unclosed_quote_is_an_error()
    {
        var error = Assert.Throws<SiteGen.Content.ContentException>(() => new CsvParser().Parse("a,\"b\n", "t.csv"));
        Assert.Equal("t.csv:1:1", Assert.Single(error.Diagnostics).Where.ToString());
    }
}

using ClosedXML.Excel;

namespace SiteGen.Import.Readers.Spreadsheet;

/// <summary>The used rows of an .xlsx workbook's first worksheet, with each cell as the spreadsheet displays it.</summary>
internal sealed class XlsxGrid
{
    public IReadOnlyList<GridRow> Read(string path)
    {
        using var workbook = new XLWorkbook(path);
        var sheet = workbook.Worksheet(1);
        var lastColumn = sheet.LastColumnUsed()?.ColumnNumber() ?? 0;
        return sheet.RowsUsed()
            .Select(row => new GridRow(
                row.RowNumber(),
                row.RowNumber(),
                Enumerable.Range(1, lastColumn).Select(column => row.Cell(column).GetFormattedString()).ToList()))
            .ToList();
    }
}

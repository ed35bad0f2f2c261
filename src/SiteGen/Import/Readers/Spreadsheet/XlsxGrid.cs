using ClosedXML.Excel;
using SiteGen.Content;
using SiteGen.Content.Model;

namespace SiteGen.Import.Readers.Spreadsheet;

/// <summary>The used rows of an .xlsx workbook's first worksheet, with each cell as the spreadsheet displays it.</summary>
internal sealed class XlsxGrid
{
    /// <exception cref="ContentException">The file is not a workbook that can be opened (a broken or truncated zip).</exception>
    public IReadOnlyList<GridRow> Read(string path, string file)
    {
        XlsxLimits.CheckPackage(path, file);
        using var workbook = Open(path, file);
        var sheet = workbook.Worksheet(1);
        var lastColumn = sheet.LastColumnUsed()?.ColumnNumber() ?? 0;
        XlsxLimits.CheckSheet(sheet.LastRowUsed()?.RowNumber() ?? 0, lastColumn, file);
        return sheet.RowsUsed()
            .Select(row => new GridRow(
                row.RowNumber(),
                row.RowNumber(),
                Enumerable.Range(1, lastColumn).Select(column => row.Cell(column).GetFormattedString()).ToList()))
            .ToList();
    }

    private static XLWorkbook Open(string path, string file)
    {
        try
        {
            return new XLWorkbook(path);
        }
        // An .xlsx is a zip of XML parts; whichever layer finds the damage, the editor's remedy is the same.
        catch (Exception e) when (e is InvalidDataException or IOException or FormatException or InvalidOperationException or ArgumentException
            or System.Xml.XmlException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException)
        {
            throw new ContentException([new Diagnostic(new SourceSpan(file, 1, 1),
                $"not a readable .xlsx workbook ({e.Message.TrimEnd('.')}): the zip is broken or truncated; save the file again from the spreadsheet program")]);
        }
    }
}

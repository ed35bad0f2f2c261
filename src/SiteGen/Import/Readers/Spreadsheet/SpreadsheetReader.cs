using SiteGen.Import.Readers.Tabular;

namespace SiteGen.Import.Readers.Spreadsheet;

/// <summary>
/// Reads a listing kept as a spreadsheet: .xlsx (first worksheet) or .csv (UTF-8, with or without BOM, RFC 4180 quoting).
/// Columns are mapped by heading and repeated headers are skipped, as for tab-separated listings.
/// FirstLine/LastLine are spreadsheet row numbers; for CSV, the physical lines a record spans.
/// </summary>
public sealed class SpreadsheetReader
{
    private readonly CsvParser csv = new();
    private readonly XlsxGrid xlsx = new();
    private readonly GridRowCollector collector = new();
    private readonly TableAssembler assembler = new();

    public IReadOnlyList<ListingRow> Read(string path)
    {
        var grid = Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".csv" => csv.Parse(File.ReadAllText(path)),
            ".xlsx" => xlsx.Read(path),
            var other => throw new NotSupportedException($"{path}: spreadsheets must be .xlsx or .csv, not {other}."),
        };
        return assembler.Assemble(Path.GetFileName(path), collector.Collect(grid));
    }
}

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

    /// <summary>
    /// The spreadsheet as lines of text, line N holding row N's cells separated by tabs, so row numbers work as
    /// line numbers for provenance. A .csv is its own text.
    /// </summary>
    public IReadOnlyList<string> TextLines(string path)
    {
        if (!Path.GetExtension(path).Equals(".xlsx", StringComparison.OrdinalIgnoreCase))
            return File.ReadAllText(path).ReplaceLineEndings("\n").Split('\n');
        var rows = xlsx.Read(path);
        var lines = new string[rows.Count == 0 ? 0 : rows.Max(r => r.FirstLine)];
        Array.Fill(lines, "");
        foreach (var row in rows) lines[row.FirstLine - 1] = string.Join('\t', row.Cells);
        return lines;
    }
}

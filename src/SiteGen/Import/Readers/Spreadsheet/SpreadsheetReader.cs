using SiteGen.Import.Readers.Tabular;
using SiteGen.Import.Sources;

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

    public IReadOnlyList<ListingRow> Read(string path) => Read(path, Path.GetFileName(path));

    /// <param name="file">The name messages show for the file, such as seeds/next-year.xlsx.</param>
    /// <exception cref="Content.ContentException">The file is damaged, not UTF-8 text (.csv) or holds no whole table.</exception>
    public IReadOnlyList<ListingRow> Read(string path, string file)
    {
        var grid = Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".csv" => csv.Parse(SeedTexts.ReadText(path, file), file),
            ".xlsx" => xlsx.Read(path, file),
            var other => throw new NotSupportedException($"{path}: spreadsheets must be .xlsx or .csv, not {other}."),
        };
        var rows = collector.Collect(grid);
        TableShape.Check(file, grid.Select(row => (row.FirstLine, row.Cells)), rows);
        return assembler.Assemble(Path.GetFileName(path), rows);
    }

    /// <summary>
    /// The spreadsheet as lines of text, line N holding row N's cells separated by tabs, so row numbers work as
    /// line numbers for provenance. A .csv is its own text.
    /// </summary>
    public IReadOnlyList<string> TextLines(string path, string file)
    {
        if (!Path.GetExtension(path).Equals(".xlsx", StringComparison.OrdinalIgnoreCase))
            return SeedTexts.SplitLines(SeedTexts.ReadText(path, file));
        var rows = xlsx.Read(path, file);
        var lines = new string[rows.Count == 0 ? 0 : rows.Max(r => r.FirstLine)];
        Array.Fill(lines, "");
        foreach (var row in rows) lines[row.FirstLine - 1] = string.Join('\t', row.Cells);
        return lines;
    }
}

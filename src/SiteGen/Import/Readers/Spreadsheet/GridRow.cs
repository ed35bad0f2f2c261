namespace SiteGen.Import.Readers.Spreadsheet;

/// <summary>One row of a spreadsheet or CSV record: its cells and the rows (or, for CSV, physical lines) it spans, 1-based.</summary>
internal sealed record GridRow(int FirstLine, int LastLine, IReadOnlyList<string> Cells);

namespace SiteGen.Import.Readers.Tabular;

/// <summary>
/// Turns the raw rows of one table, whatever format delivered them, into listing rows: realigns shifted rows,
/// undoes merged-cell artefacts, numbers items and carries merged 对象 cells down, then maps cells by heading.
/// </summary>
internal sealed class TableAssembler
{
    private readonly RowAligner aligner = new();
    private readonly RepeatedTailTrimmer trimmer = new();
    private readonly MissingColumnSplitter splitter = new();
    private readonly ItemNumbering numbering = new();
    private readonly MergedCellCarrier carrier = new();
    private readonly ListingRowBuilder builder = new();

    public IReadOnlyList<ListingRow> Assemble(string sourceFile, IReadOnlyList<RawRow> rows)
    {
        var aligned = rows.Select(aligner.Align).Select(trimmer.Trim).ToList();
        var complete = carrier.Carry(numbering.Number(splitter.Split(aligned)));
        return complete.Select(row => builder.Build(sourceFile, row)).ToList();
    }
}

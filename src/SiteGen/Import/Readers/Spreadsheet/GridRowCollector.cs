using SiteGen.Import.Readers.Tabular;

namespace SiteGen.Import.Readers.Spreadsheet;

/// <summary>
/// Finds the header in a grid (and its repeats, where a sheet was pasted page by page) and keeps the data rows under it.
/// Rows with a single filled cell are titles or notes, not items. Cells in a grid never wrap, so nothing is rejoined.
/// </summary>
internal sealed class GridRowCollector
{
    public IReadOnlyList<RawRow> Collect(IReadOnlyList<GridRow> grid)
    {
        var rows = new List<RawRow>();
        TableHeader? header = null;
        foreach (var row in grid)
        {
            if (TableHeader.TryParse(row.Cells, row.FirstLine) is { } found)
            {
                header = found;
                continue;
            }

            if (header is not null && row.Cells.Count(c => c.Trim().Length > 0) >= 2)
                rows.Add(new RawRow(header, row.Cells, row.FirstLine, row.LastLine, []));
        }
        return rows;
    }
}
